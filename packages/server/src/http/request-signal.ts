import { AsyncLocalStorage } from 'node:async_hooks';

/** Why a request is no longer worth finishing. */
export type AbandonReason = 'client-gone' | 'deadline';

const requestSignal = new AsyncLocalStorage<AbortSignal>();

/**
 * Runs the rest of a request with `signal` reachable from anywhere below it (the ORM's commit
 * hook), without threading it through every service.
 */
export function runWithRequestSignal<T>(signal: AbortSignal, work: () => T): T {
  return requestSignal.run(signal, work);
}

/** The signal of the HTTP request being served; undefined outside one (scripts, subscriptions). */
export function currentRequestSignal(): AbortSignal | undefined {
  return requestSignal.getStore();
}

/** Work refused because its client has gone away or its deadline has passed. */
export class AbandonedRequestError extends Error {
  constructor(readonly reason: AbandonReason) {
    super(reason === 'deadline' ? 'The request ran past its deadline.' : 'The client went away.');
    this.name = 'AbandonedRequestError';
  }
}
