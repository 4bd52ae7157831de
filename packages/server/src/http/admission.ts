import type { IncomingMessage, ServerResponse } from 'node:http';
import PQueue from 'p-queue';
import type { Logger } from 'pino';
import { ErrorCode } from '../common/errors.js';
import type { LoadLimits } from '../config.js';
import { throttledLog } from '../logging/throttled-log.js';
import { RequestLifetime, runWithRequestLifetime } from './request-lifetime.js';

export type AdmissionStats = { running: number; waiting: number; refused: number };

/** Node's handler shape, so the gate stands before the GraphQL endpoint and Express routes alike. */
export type AdmissionGate = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/**
 * The edge of the server on a busy day: at most `maxConcurrentRequests` requests are served at
 * once, the rest wait their turn in order. A request is refused with 503 and `Retry-After` before
 * any work is done when the queue is full or its wait runs out; a request whose client hangs up
 * while waiting is dropped. Each admitted request carries its lifetime, which says when its client
 * is gone or its deadline has passed, so no write commits for nobody (see CommitGuard).
 */
export function admissionControl(
  limits: Pick<LoadLimits, 'maxConcurrentRequests' | 'queueLimit' | 'queueTimeoutMs' | 'requestDeadlineMs'>,
  logger: Logger,
): { middleware: AdmissionGate; stats(): AdmissionStats } {
  const queue = new PQueue({ concurrency: limits.maxConcurrentRequests });
  const retryAfterSeconds = Math.max(1, Math.ceil(limits.queueTimeoutMs / 1000));
  const logRefusal = throttledLog(logger, 10_000);
  let refused = 0;

  const refusal = JSON.stringify({
    errors: [
      {
        message: 'Telka is very busy right now. Try again in a moment.',
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds },
      },
    ],
  });

  function refuse(response: ServerResponse, why: 'queue full' | 'waited too long'): void {
    refused += 1;
    logRefusal('warn', `refusing requests: ${why}`, { running: queue.pending, waiting: queue.size });
    if (response.headersSent || response.destroyed) return;
    response
      .writeHead(503, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(refusal),
        'retry-after': String(retryAfterSeconds),
      })
      .end(refusal);
  }

  const middleware: AdmissionGate = (_request, response, next) => {
    const lifetime = new RequestLifetime(response, performance.now() + limits.requestDeadlineMs);
    // Holds its slot until the response is closed, whatever happens to the request.
    const run = () =>
      new Promise<void>((resolve) => {
        if (response.closed) return resolve();
        response.once('close', () => resolve());
        runWithRequestLifetime(lifetime, next);
      });
    // A free slot and nobody ahead: p-queue starts it at once, there is no wait to limit.
    if (queue.pending < queue.concurrency && queue.size === 0) return void queue.add(run);
    if (queue.size >= limits.queueLimit) return refuse(response, 'queue full');

    const waiting = new AbortController();
    const waitLimit = setTimeout(() => waiting.abort('waited too long'), limits.queueTimeoutMs);
    waitLimit.unref();
    const clientGone = () => waiting.abort('client-gone');
    response.once('close', clientGone);
    queue
      .add(
        () => {
          clearTimeout(waitLimit);
          response.off('close', clientGone);
          return run();
        },
        { signal: waiting.signal },
      )
      .catch(() => {
        clearTimeout(waitLimit);
        // Aborted while waiting: answer unless there is nobody left to answer.
        if (waiting.signal.reason !== 'client-gone') refuse(response, 'waited too long');
      });
  };

  return {
    middleware,
    stats: () => ({ running: queue.pending, waiting: queue.size, refused }),
  };
}
