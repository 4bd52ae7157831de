import { describe, expect, it } from 'vitest';
import { createAppI18n, ltPluralRule } from './i18n';
import en from './locales/en.json';
import lt from './locales/lt.json';
import partnershipsLt from './features/partnerships/locales/lt.json';

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

  it('agrees with the CLDR rule for Lithuanian (Intl.PluralRules)', () => {
    // CLDR's "other" (0, 10–20, 30 …) is our third form; "many" (fractions) takes the genitive
    // singular, which is the same word as "few".
    const cldr = new Intl.PluralRules('lt');
    const form = { one: 0, few: 1, many: 1, other: 2 } as Record<string, number>;
    for (const n of [...Array.from({ length: 250 }, (_, i) => i), 1.5, 0.25]) {
      expect(ltPluralRule(n, 3), String(n)).toBe(form[cldr.select(n)]);
    }
  });

  it('gives zero its own form when a message has four', () => {
    expect(ltPluralRule(0, 4)).toBe(0);
    expect(ltPluralRule(1, 4)).toBe(1);
    expect(ltPluralRule(3, 4)).toBe(2);
    expect(ltPluralRule(15, 4)).toBe(3);
  });
});

describe('messages', () => {
  it('Lithuanian counts organisations with the right case, and "found" agrees with them', () => {
    const { t } = createAppI18n('lt').global;
    expect(t('directory.count', 0)).toBe('Organizacijų nerasta');
    expect(t('directory.count', 1)).toBe('Rasta 1 organizacija');
    expect(t('directory.count', 2)).toBe('Rastos 2 organizacijos');
    expect(t('directory.count', 38)).toBe('Rastos 38 organizacijos');
    expect(t('directory.count', 10)).toBe('Rasta 10 organizacijų');
    expect(t('directory.count', 21)).toBe('Rasta 21 organizacija');
    expect(t('directory.count', 112)).toBe('Rasta 112 organizacijų');
  });

  it.each([
    ['initiatives.count', ['Rasta 1 iniciatyva', 'Rastos 3 iniciatyvos', 'Rasta 11 iniciatyvų']],
    ['partnerships.count', ['Rasta 1 partnerystė', 'Rastos 3 partnerystės', 'Rasta 11 partnerysčių']],
    ['partnerships.parties.results', ['Rasta 1 organizacija', 'Rastos 3 organizacijos', 'Rasta 11 organizacijų']],
    ['search.count', ['Rastas 1 rezultatas.', 'Rasti 3 rezultatai.', 'Rasta 11 rezultatų.']],
  ])('%s agrees in number and gender', (key, [one, few, many]) => {
    const i18n = createAppI18n('lt');
    // The partnership pages' own messages, as their routes load them.
    i18n.global.mergeLocaleMessage('lt', partnershipsLt as never);
    const { t } = i18n.global;
    expect([t(key, 1), t(key, 3), t(key, 11)]).toEqual([one, few, many]);
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

  it('each feature’s own messages (loaded with its routes) have the same keys in both languages', () => {
    const files = import.meta.glob<{ default: unknown }>('./features/*/locales/*.json', { eager: true });
    const features = new Set(Object.keys(files).map((file) => file.split('/locales/')[0]));
    expect(features.size).toBeGreaterThan(1);
    for (const feature of features) {
      const [enKeys, ltKeys] = ['en', 'lt'].map((locale) =>
        keys(files[`${feature}/locales/${locale}.json`]?.default).sort(),
      );
      expect(enKeys, feature).toEqual(ltKeys);
    }
  });
});
