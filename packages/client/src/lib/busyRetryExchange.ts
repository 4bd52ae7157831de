import { makeOperation, type CombinedError, type Exchange, type Operation } from '@urql/core';
import { delay, filter, fromValue, makeSubject, merge, mergeMap, pipe, share, takeUntil } from 'wonka';

/**
 * How long the server asks us to wait before asking again, in seconds, or null when the answer
 * is not "busy". The server's own 503s carry `extensions.retryAfterSeconds`; a 503 from a proxy
 * in front of it may carry only the `Retry-After` header.
 */
export function retryAfterSeconds(error: CombinedError | undefined): number | null {
  if (!error) return null;
  for (const graphQLError of error.graphQLErrors) {
    const { code, retryAfterSeconds: seconds } = graphQLError.extensions ?? {};
    if (code === 'SERVICE_UNAVAILABLE') return typeof seconds === 'number' && seconds >= 0 ? seconds : 1;
  }
  const response = error.response as Response | undefined;
  if (response?.status !== 503) return null;
  const header = Number(response.headers?.get('retry-after'));
  return Number.isFinite(header) && header >= 0 ? header : 1;
}

export interface BusyRetryOptions {
  /** How many times one query is asked again before its error is shown. */
  maxRetries: number;
  /** The longest wait honoured, so a mistaken header cannot leave a page loading for minutes. */
  maxDelayMs: number;
}

/**
 * Asks a query again when the server answers that it is busy (503, SERVICE_UNAVAILABLE), after
 * the delay the server advises, a bounded number of times; until then the page keeps showing
 * that it is loading, and afterwards the error, where the page offers its own retry.
 *
 * Mutations are never repeated: a write the server may have done must not be done twice
 * behind the person's back. `@urql/exchange-retry` was the first choice, but it computes its own
 * backoff and cannot wait the time the server names.
 *
 * Sits between the cache and the fetch exchange, so a retry goes to the network.
 */
export function busyRetryExchange({ maxRetries, maxDelayMs }: BusyRetryOptions): Exchange {
  return ({ forward }) =>
    (operations$) => {
      const shared$ = pipe(operations$, share);
      const { source: retries$, next: retry } = makeSubject<Operation>();

      const delayed$ = pipe(
        retries$,
        mergeMap((operation) => {
          // The page asked again or went away meanwhile: this retry is no longer wanted.
          const superseded$ = pipe(
            shared$,
            filter((next) => next.key === operation.key && (next.kind === 'teardown' || next.kind === 'query')),
          );
          const waitMs = Math.min(Number(operation.context.busyRetryDelayMs ?? 0), maxDelayMs);
          return pipe(fromValue(operation), delay(waitMs), takeUntil(superseded$));
        }),
      );

      return pipe(
        merge([shared$, delayed$]),
        forward,
        share,
        filter((result) => {
          const { operation } = result;
          if (operation.kind !== 'query') return true;
          const seconds = retryAfterSeconds(result.error);
          const attempt = Number(operation.context.busyRetries ?? 0);
          if (seconds === null || attempt >= maxRetries) return true;
          retry(
            makeOperation('query', operation, {
              ...operation.context,
              requestPolicy: 'network-only',
              busyRetries: attempt + 1,
              busyRetryDelayMs: seconds * 1000,
            }),
          );
          return false;
        }),
      );
    };
}
