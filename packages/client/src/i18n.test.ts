import { describe, expect, it } from 'vitest';
import { copyMessages, createAppI18n, ltPluralRule, type AppLocale } from './i18n';
import en from './locales/en.json';
import lt from './locales/lt.json';

// Messages arrive precompiled: each one is a message AST ({ type, body }) or a function.
const isMessage = (value: object) => typeof value === 'function' || ('type' in value && 'body' in value);

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || isMessage(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

/** Each feature's own messages (those its pages load), by feature folder and language. */
const featureFiles = import.meta.glob<{ default: Record<string, unknown> }>('./features/*/locales/*.json', {
  eager: true,
});
const featureMessages = Object.entries(featureFiles).map(([file, messages]) => {
  const [, feature, locale] = /^\.\/features\/([^/]+)\/locales\/([^/]+)\.json$/.exec(file)!;
  return { feature: feature!, locale: locale as AppLocale, messages: messages.default };
});

/** An i18n holding every message of a language, as the app does once each page has been visited. */
function appI18n(locale: AppLocale) {
  const i18n = createAppI18n(locale);
  if (locale === 'en') i18n.global.setLocaleMessage('en', copyMessages(en) as never);
  for (const feature of featureMessages.filter((file) => file.locale === locale || file.locale === 'lt'))
    i18n.global.mergeLocaleMessage(feature.locale, feature.messages as never);
  return i18n;
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
    const { t } = appI18n('lt').global;
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
    const { t } = appI18n('lt').global;
    expect([t(key, 1), t(key, 3), t(key, 11)]).toEqual([one, few, many]);
  });

  it('English uses its own plural forms', () => {
    const { t } = appI18n('en').global;
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
    const features = new Set(featureMessages.map((file) => file.feature));
    expect(features.size).toBeGreaterThan(1);
    for (const feature of features) {
      const [enKeys, ltKeys] = ['en', 'lt'].map((locale) =>
        keys(featureMessages.find((file) => file.feature === feature && file.locale === locale)?.messages).sort(),
      );
      expect(enKeys, feature).toEqual(ltKeys);
    }
  });

  it('keeps each message in one file: a namespace may be split between files, a message may not', () => {
    const files = [
      { name: 'src/locales', messages: lt as unknown },
      ...featureMessages.filter((file) => file.locale === 'lt').map((file) => ({ name: file.feature, ...file })),
    ];
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const { name, messages } of files) {
      for (const key of keys(messages)) {
        if (owner.has(key)) twice.push(`${key} (${owner.get(key)}, ${name})`);
        owner.set(key, name);
      }
    }
    expect(twice).toEqual([]);
  });
});

/**
 * Where each message must be for a page to show it: a module of a feature (`features/<feature>/…`)
 * has src/locales and its own feature's messages, which its routes load with it; anything else (the
 * shell, shared components and composables) has src/locales only, like the home page and the
 * about page. A feature's page that holds another feature's component loads that feature's messages
 * too (the initiative page's discussion); the component's own file is checked against its feature.
 */
describe('the messages the code names', () => {
  const sources = import.meta.glob<string>(['./**/*.{ts,vue}', '!./**/*.test.ts', '!./gql/**', '!./testing/**'], {
    query: '?raw',
    import: 'default',
    eager: true,
  });
  const resolve = (messages: unknown, key: string) =>
    key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  const groups = new Set(
    [lt, ...featureMessages.map((file) => file.messages)].flatMap((messages) => Object.keys(messages)),
  );
  // 'initiatives.fields.title', and `initiatives.status.${status}` (checked down to its fixed part).
  // Code's strings are single-quoted; a template's double quotes hold expressions (organisation.id).
  const keyLike = /(['`])([a-zA-Z]\w*(?:\.\w+)+)(\.\$\{|\1)/g;
  // A template's `<i18n-t keypath="…">` names its message in double quotes.
  const keypath = /keypath="([a-zA-Z]\w*(?:\.\w+)+)"/g;
  // The home feature's own messages are the legal texts: only its two legal pages (and their titles) load them.
  const withoutOwnMessages =
    /^\.\/features\/home\/(?!pages\/(Privacy|Accessibility)Page|components\/LegalSection|routes)/;

  it('finds every message named in a module in the messages that module has', () => {
    const missing: string[] = [];
    let named = 0;
    for (const [file, source] of Object.entries(sources)) {
      const feature = withoutOwnMessages.test(file) ? undefined : /^\.\/features\/([^/]+)\//.exec(file)?.[1];
      const available = [
        lt,
        ...featureMessages.filter((own) => own.feature === feature && own.locale === 'lt').map((own) => own.messages),
      ];
      const keys = [
        ...[...source.matchAll(keyLike)].map((match) => match[2]),
        ...[...source.matchAll(keypath)].map((match) => match[1]),
      ];
      for (const key of keys) {
        if (!groups.has(key!.split('.')[0]!)) continue;
        named += 1;
        if (!available.some((messages) => resolve(messages, key!) !== undefined)) missing.push(`${file}: ${key}`);
      }
    }
    expect(named).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });
});
