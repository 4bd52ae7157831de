import { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { errorCode, fieldErrors } from './useErrorMessage';

const graphQLError = (extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [{ message: 'raw server text', extensions }] });

describe('errorCode', () => {
  it('reads extensions.code', () => {
    expect(errorCode(graphQLError({ code: 'CONFLICT' }))).toBe('CONFLICT');
    expect(errorCode(graphQLError({ code: 'TOO_MANY_REQUESTS' }))).toBe('TOO_MANY_REQUESTS');
  });

  it('treats unknown codes and network failures apart', () => {
    expect(errorCode(graphQLError({ code: 'INTERNAL_SERVER_ERROR' }))).toBe('UNKNOWN');
    expect(errorCode(new CombinedError({ networkError: new Error('offline') }))).toBe('NETWORK');
    expect(errorCode(undefined)).toBeNull();
  });
});

describe('fieldErrors', () => {
  it('keys BAD_USER_INPUT messages by the input field name', () => {
    const error = graphQLError({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.email', message: 'Šis el. paštas jau naudojamas' },
        { field: 'password', message: 'Per trumpas' },
      ],
    });
    expect(fieldErrors(error)).toEqual({ email: 'Šis el. paštas jau naudojamas', password: 'Per trumpas' });
  });

  it('is empty without fields', () => {
    expect(fieldErrors(graphQLError({ code: 'FORBIDDEN' }))).toEqual({});
  });
});
