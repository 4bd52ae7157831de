import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  CheckConstraintViolationException,
  NotNullConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import type { Logger } from 'pino';
import { ErrorCode, type FieldProblem } from '../common/errors.js';
import { isServiceUnavailable, retryAfterSeconds, unavailableMessage } from './service-unavailable.js';
import { throttledLog } from '../logging/throttled-log.js';

const knownCodes = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Stable codes for class-validator's rules, so clients can word them in their own language. */
const constraintCodes: Record<string, string> = {
  isEmail: 'INVALID_EMAIL',
  isLength: 'LENGTH',
  trimmedLength: 'LENGTH',
  maxLength: 'TOO_LONG',
  matches: 'INVALID_FORMAT',
  min: 'TOO_SMALL',
  max: 'TOO_LARGE',
  isEnum: 'INVALID_CHOICE',
  isUuid: 'INVALID_ID',
  isUrl: 'INVALID_URL',
  isIso31661Alpha2: 'INVALID_COUNTRY',
  arrayMaxSize: 'TOO_MANY',
  arrayMinSize: 'TOO_SMALL',
};

/** class-validator's nested errors as `{ field, code, message }`, with dotted paths for nested inputs. */
export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      code: constraintCodes[constraint] ?? constraint.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(),
      // class-validator prefixes default messages with the property name; keep only the rule.
      message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
    }));
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/**
 * Every error leaves the server with a stable `extensions.code`. Expected errors pass as they
 * are; database constraint violations become input errors; anything else is logged and masked.
 */
export function createFormatError(logger: Logger) {
  // An outage or a flood of one bad request would otherwise write the same error thousands of times.
  const log = throttledLog(logger, 10_000);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;

    const validationErrors = formatted.extensions?.validationErrors as ValidationError[] | undefined;
    if (code === ErrorCode.BAD_USER_INPUT && validationErrors) {
      const fields = fieldProblems(validationErrors);
      return {
        message: `Invalid input: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, fields },
      };
    }
    if (code === ErrorCode.SERVICE_UNAVAILABLE || isServiceUnavailable(original)) {
      const cause = original instanceof Error ? original : undefined;
      log('warn', 'service unavailable', { cause: cause?.name, code: (cause as { code?: unknown })?.code });
      return {
        message: unavailableMessage,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds },
      };
    }
    if (original instanceof UniqueConstraintViolationException) {
      return {
        ...withoutDetails(formatted),
        message: 'This would duplicate something that must be unique.',
        extensions: { code: ErrorCode.CONFLICT },
      };
    }
    if (
      original instanceof CheckConstraintViolationException ||
      original instanceof NotNullConstraintViolationException
    ) {
      const constraint = /constraint "([^"]+)"/.exec(original.message)?.[1] ?? 'unknown';
      return {
        ...withoutDetails(formatted),
        message: `The input breaks the rule ${constraint}.`,
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          fields: [{ field: constraint, code: 'CONSTRAINT', message: 'breaks a rule of the data' }],
        },
      };
    }
    if (typeof code === 'string' && knownCodes.has(code)) return withoutDetails(formatted);

    const name = original instanceof Error ? original.name : typeof original;
    const message = original instanceof Error ? original.message : String(original);
    log('error', 'unexpected error in a GraphQL request', { err: original }, `${name}: ${message}`);
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function withoutDetails(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _stacktrace, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  return { ...formatted, extensions };
}
