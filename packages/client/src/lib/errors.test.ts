import { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import en from '@/locales/en.json';
import lt from '@/locales/lt.json';
import { errorCode, fieldErrors, translatedFieldCodes } from './errors';

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

  it('turns documented codes into i18n keys, so they read in the current language', () => {
    const error = graphQLError({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'password', code: 'WRONG_CREDENTIALS', message: 'the e-mail address or password is wrong' },
        { field: 'legalCode', code: 'SOMETHING_NEW', message: 'a rule this client does not know yet' },
      ],
    });
    expect(fieldErrors(error)).toEqual({
      password: 'validation.server.WRONG_CREDENTIALS',
      legalCode: 'a rule this client does not know yet',
    });
  });

  it('has Lithuanian and English words for every code it translates', () => {
    // In the main messages, or in those of the one feature whose forms get the code (calls: FROZEN).
    const features = import.meta.glob<{ default: { validation?: { server?: Record<string, unknown> } } }>(
      '@/features/*/locales/*.json',
      { eager: true },
    );
    const words = (locale: string, main: { validation: { server: Record<string, unknown> } }) =>
      Object.entries(features)
        .filter(([file]) => file.endsWith(`/${locale}.json`))
        .reduce((all, [, messages]) => ({ ...all, ...messages.default.validation?.server }), main.validation.server);
    for (const code of translatedFieldCodes) {
      expect(words('lt', lt), code).toHaveProperty(code);
      expect(words('en', en), code).toHaveProperty(code);
    }
  });

  it('is empty without fields', () => {
    expect(fieldErrors(graphQLError({ code: 'FORBIDDEN' }))).toEqual({});
  });
});
