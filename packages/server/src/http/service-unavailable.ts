import { ConnectionException } from '@mikro-orm/core';
import { AbandonedRequestError } from './request-lifetime.js';

/** SQLSTATEs of a database that is shutting down, starting, out of connections or cancelling work. */
const unavailableStates = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up)
  '57014', // query_canceled (statement_timeout)
  '53300', // too_many_connections
  '53000', // insufficient_resources
  '08000', // connection_exception
  '08003', // connection_does_not_exist
  '08006', // connection_failure
]);
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND']);

/**
 * Whether an error means "the service cannot do this right now" rather than "this request is
 * wrong": a database that is down, restarting or saturated, or a request past its deadline.
 * Such errors are answered with 503 and `Retry-After`, and are not bugs to log with a stack.
 */
export function isServiceUnavailable(error: unknown): boolean {
  if (error instanceof ConnectionException || error instanceof AbandonedRequestError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (unavailableStates.has(code) || socketCodes.has(code))) return true;
  // knex ends a transaction whose connection died and answers its next statement with
  // "Transaction query already complete".
  return (
    error.name === 'KnexTimeoutError' ||
    /Connection terminated|Connection ended unexpectedly|is not queryable|timeout exceeded when trying to connect|Transaction query already complete/i.test(
      error.message,
    )
  );
}

/** Seconds a client should wait before trying again after a 503. */
export const retryAfterSeconds = 5;

/** What a client reads when the database cannot answer (the admission gate words a full queue itself). */
export const unavailableMessage = 'The service is briefly unavailable. Try again in a moment.';
