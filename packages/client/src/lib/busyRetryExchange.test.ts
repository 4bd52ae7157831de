import { Client, fetchExchange, gql } from '@urql/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { busyRetryExchange } from './busyRetryExchange';

const AboutQuery = gql`
  query About {
    about {
      name
    }
  }
`;
const SignOutMutation = gql`
  mutation SignOut {
    signOut
  }
`;

/** The server's answer when it is busy: 503, `Retry-After` and the same advice in the error. */
function busy(seconds: number): Response {
  return new Response(
    JSON.stringify({
      errors: [
        { message: 'Telka is very busy', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: seconds } },
      ],
    }),
    { status: 503, headers: { 'content-type': 'application/json', 'retry-after': String(seconds) } },
  );
}
function answer(data: unknown): Response {
  return new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
}

let fetch: ReturnType<typeof vi.fn<(input: RequestInfo | URL, init?: RequestInit) => Promise<Response>>>;
function makeClient() {
  return new Client({
    url: 'http://telka.test/graphql',
    fetch,
    exchanges: [busyRetryExchange(2), fetchExchange],
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  fetch = vi.fn();
});
afterEach(() => vi.useRealTimers());

describe('busyRetryExchange', () => {
  it('asks a query again once the advised delay has passed, and shows only the answer', async () => {
    fetch.mockResolvedValueOnce(busy(5)).mockResolvedValueOnce(answer({ about: { name: 'Elektrėnų VVG' } }));
    const result = makeClient().query(AboutQuery, {}).toPromise();

    await vi.advanceTimersByTimeAsync(4_999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    const { data, error } = await result;
    expect(error).toBeUndefined();
    expect(data).toEqual({ about: { name: 'Elektrėnų VVG' } });
  });

  it('gives up after its retries and passes the error on, for the page to offer a retry', async () => {
    fetch.mockImplementation(async () => busy(2));
    const result = makeClient().query(AboutQuery, {}).toPromise();

    await vi.advanceTimersByTimeAsync(10_000);
    const { error } = await result;
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(error?.graphQLErrors[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('never sends a mutation twice', async () => {
    fetch.mockImplementation(async () => busy(1));
    const result = makeClient().mutation(SignOutMutation, {}).toPromise();

    await vi.advanceTimersByTimeAsync(10_000);
    const { error } = await result;
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(error?.graphQLErrors[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('stops waiting to retry once nobody wants the answer', async () => {
    fetch.mockImplementation(async () => busy(5));
    const { unsubscribe } = makeClient()
      .query(AboutQuery, {})
      .subscribe(() => {});
    await vi.advanceTimersByTimeAsync(1_000);
    unsubscribe();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
