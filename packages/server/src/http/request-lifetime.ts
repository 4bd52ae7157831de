import { AsyncLocalStorage } from 'node:async_hooks';
import type { ServerResponse } from 'node:http';

/** Why a request is no longer worth finishing. */
export type AbandonReason = 'client-gone' | 'deadline';

/**
 * An admitted request's life: whether it is still worth finishing is worked out when asked (a
 * commit asks), from its response and the clock, so a request that never writes costs no timer
 * and no AbortController.
 */
export class RequestLifetime {
  constructor(
    private readonly response: ServerResponse,
    /** On `performance.now()`'s clock. */
    private readonly deadline: number,
  ) {}

  /** Why the request is no longer worth finishing, or undefined while it is. */
  abandonReason(): AbandonReason | undefined {
    // Answered: what the request still writes afterwards is not left without an answer.
    if (this.response.writableFinished) return undefined;
    if (this.response.closed) return 'client-gone';
    return performance.now() > this.deadline ? 'deadline' : undefined;
  }
}

const requestLifetime = new AsyncLocalStorage<RequestLifetime>();

/**
 * Runs the rest of a request with its lifetime reachable from anywhere below it (the ORM's
 * commit hook), without threading it through every service.
 */
export function runWithRequestLifetime<T>(lifetime: RequestLifetime, work: () => T): T {
  return requestLifetime.run(lifetime, work);
}

/** The lifetime of the HTTP request being served; undefined outside one (scripts, subscriptions). */
export function currentRequestLifetime(): RequestLifetime | undefined {
  return requestLifetime.getStore();
}

/** Work refused because its client has gone away or its deadline has passed. */
export class AbandonedRequestError extends Error {
  constructor(readonly reason: AbandonReason) {
    super(reason === 'deadline' ? 'The request ran past its deadline.' : 'The client went away.');
    this.name = 'AbandonedRequestError';
  }
}
