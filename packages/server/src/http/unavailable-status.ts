import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../common/errors.js';
import { isServiceUnavailable, retryAfterSeconds, unavailableMessage } from './service-unavailable.js';

/**
 * A response that failed because the database was down or saturated leaves with HTTP 503 and
 * `Retry-After`, so load balancers, proxies and the client's retry logic all see it for what it
 * is, not as a 200 with an error inside or as a 500.
 */
export const unavailableStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors ?? [];
        if (!errors.some((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(retryAfterSeconds));
      },
    };
  },
};

/**
 * Building a request's context reads the session from the database; when that fails because the
 * database is away, the answer is the same 503 as anywhere else, not "Context creation failed".
 */
export async function unavailableAware<T>(buildContext: () => Promise<T>): Promise<T> {
  try {
    return await buildContext();
  } catch (error) {
    if (!isServiceUnavailable(error)) throw error;
    throw new GraphQLError(unavailableMessage, {
      originalError: error instanceof Error ? error : undefined,
      extensions: {
        code: ErrorCode.SERVICE_UNAVAILABLE,
        retryAfterSeconds,
        http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
  }
}
