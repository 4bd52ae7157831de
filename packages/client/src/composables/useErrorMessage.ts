import type { CombinedError } from '@urql/core';
import { useI18n } from 'vue-i18n';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'NETWORK'
  | 'UNKNOWN';

const knownCodes: readonly ErrorCode[] = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
];

/** The first stable code carried by an urql error. */
export function errorCode(error: CombinedError | undefined | null): ErrorCode | null {
  if (!error) return null;
  if (error.networkError) return 'NETWORK';
  for (const graphQLError of error.graphQLErrors) {
    const code = graphQLError.extensions?.code;
    if (typeof code === 'string' && (knownCodes as readonly string[]).includes(code)) return code as ErrorCode;
  }
  return 'UNKNOWN';
}

/** Server field messages from BAD_USER_INPUT, keyed by the input field's own name ("input.email" → "email"). */
export function fieldErrors(error: CombinedError | undefined | null): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const list = graphQLError.extensions?.fields;
    if (!Array.isArray(list)) continue;
    for (const item of list as Array<{ field?: unknown; message?: unknown }>) {
      if (typeof item.field !== 'string' || typeof item.message !== 'string') continue;
      const name = item.field.split('.').pop() ?? item.field;
      fields[name] ??= item.message;
    }
  }
  return fields;
}

/** A human sentence in the current language for an error; never the raw server text. */
export function useErrorMessage() {
  const { t } = useI18n();
  return (error: CombinedError | undefined | null): string => {
    const code = errorCode(error);
    return code ? t(`errors.${code}`) : '';
  };
}
