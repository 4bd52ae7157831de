import { GraphQLError } from 'graphql';

/**
 * The stable `extensions.code` values clients may rely on, one line of meaning each.
 * Anything else reaching a client is reported as INTERNAL_SERVER_ERROR without details.
 */
export const ErrorCode = {
  /** The input is invalid; `extensions.fields` names each field and what is wrong with it. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The operation needs a signed-in person. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The viewer is signed in but may not do this. */
  FORBIDDEN: 'FORBIDDEN',
  /** The thing asked for does not exist, or the viewer may not know that it does. */
  NOT_FOUND: 'NOT_FOUND',
  /** The write lost a race: a stale version, or a duplicate of something unique. */
  CONFLICT: 'CONFLICT',
  /** Too many attempts; `extensions.retryAfterSeconds` tells when to try again. */
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** The database is unreachable for a moment; the same request may succeed shortly. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * One problem with the input: the field, a stable code clients translate, and an English message;
 * `params` carries the figures a translation needs (a limit, an amount), where it needs any.
 */
export type FieldProblem = { field: string; code: string; message: string; params?: Record<string, number | string> };

export class BadUserInputError extends GraphQLError {
  constructor(fields: FieldProblem[]) {
    super(`Invalid input: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
    });
  }

  static field(field: string, code: string, message: string): BadUserInputError {
    return new BadUserInputError([{ field, code, message }]);
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Sign in to do this.') {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'You may not do this.') {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(what: string) {
    super(`${what} was not found.`, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code: ErrorCode.CONFLICT, ...extensions } });
  }
}

export class TooManyRequestsError extends GraphQLError {
  constructor(retryAfterSeconds: number) {
    super('Too many attempts. Try again later.', {
      extensions: { code: ErrorCode.TOO_MANY_REQUESTS, retryAfterSeconds },
    });
  }
}

/** The answer to an edit made on an outdated `version`: reload, then edit again. */
export function staleVersion(what: string, currentVersion: number): ConflictError {
  return new ConflictError(`Someone else changed this ${what} since you opened it. Reload and try again.`, {
    currentVersion,
  });
}
