import type { CombinedError } from '@urql/core';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'NETWORK'
  | 'UNKNOWN';

const knownCodes: readonly ErrorCode[] = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
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

/** Field problem codes the server documents (docs/errors.md) that have words under `validation.server`. */
export const translatedFieldCodes = new Set([
  'ALREADY_VERIFIED',
  'DATE_IN_FUTURE',
  'DATE_IN_PAST',
  'DATE_ORDER',
  'DUPLICATE_ITEM',
  'EMAIL_TAKEN',
  'FROZEN',
  'ILLEGAL_TRANSITION',
  'INVALID_CHARACTER',
  'INVALID_CHOICE',
  'INVALID_COUNTRY',
  'INVALID_EMAIL',
  'INVALID_FORMAT',
  'INVALID_ID',
  'INVALID_URL',
  'INVITATION_CLOSED',
  'LEAD_ITSELF',
  'LENGTH',
  'LINK_EXPIRED',
  'LINK_UNKNOWN',
  'LINK_USED',
  'NOT_A_DRAFT',
  'NOT_ENDORSABLE',
  'NOT_MEMBER_OR_PARTNER',
  'NOT_STAFF',
  'OVER_BUDGET',
  'OWN_ROLE',
  'REQUIRED',
  'REQUIRED_TO_PUBLISH',
  'REQUIRED_TO_SUBMIT',
  'STAFF_ONLY',
  'SUBMIT_WITH_APPLICATION',
  'TAKEN',
  'TOO_FEW',
  'TOO_LARGE',
  'TOO_LONG',
  'TOO_MANY',
  'TOO_SMALL',
  'UNCHANGED',
  'UNKNOWN_REFERENCE',
  'WRONG_CREDENTIALS',
  'WRONG_PASSWORD',
]);

type FieldKey = (field: string) => string;

/** The input field's own name: `input.email` → `email`. */
const byName: FieldKey = (field) => field.split('.').pop() ?? field;

/** The form's path for a nested field: `input.contacts.1.email` → `contacts[1].email`. */
const byPath: FieldKey = (field) =>
  field
    .replace(/^input\./, '')
    .split('.')
    .map((part, index) => (index === 0 ? part : /^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('');

function collectFieldErrors(error: CombinedError | undefined | null, key: FieldKey): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const list = graphQLError.extensions?.fields;
    if (!Array.isArray(list)) continue;
    for (const item of list as Array<{ field?: unknown; code?: unknown; message?: unknown }>) {
      if (typeof item.field !== 'string' || typeof item.message !== 'string') continue;
      const translated = typeof item.code === 'string' && translatedFieldCodes.has(item.code);
      fields[key(item.field)] ??= translated ? `validation.server.${item.code}` : item.message;
    }
  }
  return fields;
}

/**
 * Server field problems by field name. A problem with a known `code` becomes the i18n key
 * `validation.server.<code>`, so it reads in the current language; others keep the server's text.
 */
export function fieldErrors(error: CombinedError | undefined | null): Record<string, string> {
  return collectFieldErrors(error, byName);
}

/** Like `fieldErrors`, keyed by the form's field paths for forms with nested fields (`contacts[0].email`). */
export function fieldErrorsByPath(error: CombinedError | undefined | null): Record<string, string> {
  return collectFieldErrors(error, byPath);
}
