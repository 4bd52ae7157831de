import { describe, expect, it } from 'vitest';
import { createAppI18n, ltPluralRule } from './i18n';
import en from './locales/en.json';
import lt from './locales/lt.json';

// Messages arrive precompiled: each one is a message AST ({ type, body }) or a function.
const isMessage = (value: object) => typeof value === 'function' || ('type' in value && 'body' in value);

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || isMessage(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('ltPluralRule', () => {
  it.each([
    [1, 0],
    [21, 0],
    [101, 0],
    [2, 1],
    [9, 1],
    [22, 1],
    [0, 2],
    [10, 2],
    [11, 2],
    [12, 2],
    [19, 2],
    [20, 2],
    [111, 2],
  ])('%i takes form %i of three', (n, form) => {
    expect(ltPluralRule(n, 3)).toBe(form);
  });

  it('gives zero its own form when a message has four', () => {
    expect(ltPluralRule(0, 4)).toBe(0);
    expect(ltPluralRule(1, 4)).toBe(1);
    expect(ltPluralRule(3, 4)).toBe(2);
    expect(ltPluralRule(15, 4)).toBe(3);
  });
});

describe('messages', () => {
  it('Lithuanian counts organisations with the right case', () => {
    const { t } = createAppI18n('lt').global;
    expect(t('directory.count', 0)).toBe('Organizacijų nerasta');
    expect(t('directory.count', 1)).toBe('Rasta 1 organizacija');
    expect(t('directory.count', 2)).toBe('Rasta 2 organizacijos');
    expect(t('directory.count', 10)).toBe('Rasta 10 organizacijų');
    expect(t('directory.count', 21)).toBe('Rasta 21 organizacija');
    expect(t('directory.count', 112)).toBe('Rasta 112 organizacijų');
  });

  it('English uses its own plural forms', () => {
    const i18n = createAppI18n('en');
    i18n.global.setLocaleMessage('en', en);
    const { t } = i18n.global;
    expect(t('directory.count', 0)).toBe('No organisations found');
    expect(t('directory.count', 1)).toBe('1 organisation found');
    expect(t('directory.count', 5)).toBe('5 organisations found');
  });

  it('both languages have the same keys', () => {
    const [enKeys, ltKeys] = [en, lt].map((messages) => keys(messages).sort());
    expect(enKeys).toEqual(ltKeys);
    expect(ltKeys?.length).toBeGreaterThan(100);
  });
});
