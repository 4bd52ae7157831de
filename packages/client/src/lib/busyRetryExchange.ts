import { makeOperation, type CombinedError, type Exchange, type Operation } from '@urql/core';
import { filter, makeSubject, merge, onPush, pipe } from 'wonka';

/**
 * How long the server asks us to wait before asking again, in seconds, or null when the answer
 * is not "busy". Every 503 of the server carries its `Retry-After` as `extensions.retryAfterSeconds`
 * too, which saves reading headers (a proxy's bare 503 is a network error, shown as such).
 */
export function retryAfterSeconds(error: CombinedError | undefined): number | null {
  const busy = error?.graphQLErrors.find((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
  return busy ? Number(busy.extensions.retryAfterSeconds) || 1 : null;
}

/**
 * Asks a query again when the server answers that it is busy (503, SERVICE_UNAVAILABLE), after
 * the delay the server advises, at most `maxRetries` times; until then the page keeps showing
 * that it is loading, and afterwards the error, where the page offers its own retry.
 *
 * Mutations are never repeated: a write the server may have done must not be done twice
 * behind the person's back. `@urql/exchange-retry` was the first choice, but it computes its own
 * backoff and cannot wait the time the server names; this one also weighs less on the first load
 * (written with the stream operators urql already ships).
 *
 * Sits between the cache and the fetch exchange, so a retry goes to the network.
 */
export function busyRetryExchange(maxRetries: number): Exchange {
  return ({ forward }) =>
    (operations$) => {
      const { source: retries$, next: retry } = makeSubject<Operation>();
      const waiting = new Map<number, ReturnType<typeof setTimeout>>();
      // The page asked again or went away meanwhile: the retry it waits for is no longer wanted.
      const asked$ = pipe(
        operations$,
        onPush((operation) => clearTimeout(waiting.get(operation.key))),
      );
      return pipe(
        merge([asked$, retries$]),
        forward,
        filter((result) => {
          const { operation } = result;
          const seconds = operation.kind === 'query' ? retryAfterSeconds(result.error) : null;
          const attempt: number = operation.context.busyRetries ?? 0;
          if (seconds === null || attempt >= maxRetries) return true;
          const again = makeOperation('query', operation, {
            ...operation.context,
            requestPolicy: 'network-only',
            busyRetries: attempt + 1,
          });
          const timer = setTimeout(() => {
            waiting.delete(operation.key);
            retry(again);
          }, seconds * 1000);
          waiting.set(operation.key, timer);
          return false;
        }),
      );
    };
}
