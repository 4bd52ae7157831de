import { createI18n } from 'vue-i18n';
import lt from './locales/lt.json';

export const locales = ['lt', 'en'] as const;
export type AppLocale = (typeof locales)[number];

export type MessageSchema = typeof lt;

/**
 * The locale Intl formats with for each UI language. English is British English, the one
 * Europe reads: "16 October 2026", "16/10/2026", not the American "October 16, 2026".
 */
const intlLocales: Record<AppLocale, string> = { lt: 'lt-LT', en: 'en-GB' };

export function intlLocale(locale: AppLocale): string {
  return intlLocales[locale] ?? intlLocales.lt;
}

const storageKey = 'telka.locale';

/**
 * Lithuanian plural forms: 1, 21 organizacija (one); 2–9, 22 organizacijos (few);
 * 0, 10–20, 30 organizacijų (many). A message with four forms starts with a zero form.
 */
export function ltPluralRule(choice: number, choicesLength: number): number {
  const n = Math.abs(choice);
  const mod10 = n % 10;
  const mod100 = n % 100;
  let form: number;
  if (!Number.isInteger(n))
    form = 1; // fractions take the genitive singular, like "few"
  else if (mod10 === 1 && mod100 !== 11) form = 0;
  else if (mod10 >= 2 && mod10 <= 9 && (mod100 < 11 || mod100 > 19)) form = 1;
  else form = 2;
  if (choicesLength === 4) return n === 0 ? 0 : form + 1;
  return Math.min(form, choicesLength - 1);
}

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * A copy of a message tree, all the way down: a feature's messages merged in later
 * (loadFeatureMessages) may extend a namespace of the main messages (`initiatives`), and must not
 * land in the imported module, shared by every i18n instance (each test makes its own).
 */
export function copyMessages<Tree>(tree: Tree): Tree {
  if (typeof tree !== 'object' || tree === null) return tree;
  if (Array.isArray(tree)) return tree.map(copyMessages) as Tree;
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, copyMessages(value)])) as Tree;
}

export function createAppI18n(locale: AppLocale = 'lt') {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'lt',
    // English is added by setLocale() when first chosen.
    messages: { lt: copyMessages(lt) } as Record<AppLocale, MessageSchema>,
    pluralRules: { lt: ltPluralRule },
    missingWarn: false,
    fallbackWarn: false,
  });
}

export const i18n = createAppI18n();

// Lithuanian ships in the main bundle; other languages load on demand.
const loaders: Record<Exclude<AppLocale, 'lt'>, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import('./locales/en.json'),
};

/**
 * Messages a feature loads with its pages rather than in the entry, in both languages: all that
 * the app shell (header, footer, shared components) and the home page's first screen do not show.
 * Kept in the feature's folder (`features/<feature>/locales`), precompiled like src/locales, under
 * the same keys they would have there; a namespace may be split, its first-screen part staying in
 * src/locales (`initiatives.status`), but a message lives in one file only (i18n.test.ts).
 */
export type FeatureMessages = Record<AppLocale, () => Promise<{ default: Record<string, unknown> }>>;

/** Which languages of each feature's messages are in place; `setLocale` adds the new one to each. */
const featureMessages = new Map<FeatureMessages, Set<AppLocale>>();

/**
 * Puts a feature's messages in place for the current language and Lithuanian (the fallback),
 * loading them the first time. Pages and components load them through {@link withMessages}.
 */
export async function loadFeatureMessages(
  messages: FeatureMessages,
  locale: AppLocale = i18n.global.locale.value,
): Promise<void> {
  const loaded = featureMessages.get(messages) ?? new Set<AppLocale>();
  featureMessages.set(messages, loaded);
  const wanted = [...new Set<AppLocale>([locale, 'lt'])].filter((wantedLocale) => !loaded.has(wantedLocale));
  await Promise.all(
    wanted.map(async (wantedLocale) => {
      const loadedMessages = await messages[wantedLocale]();
      i18n.global.mergeLocaleMessage(wantedLocale, loadedMessages.default as MessageSchema);
      loaded.add(wantedLocale);
    }),
  );
}

/**
 * A lazily loaded page or component that resolves only once the messages it shows are in place
 * too: both load at once (not one after the other, as a route's `beforeEnter` would), and the page
 * never renders a key. For a route's `component` or `defineAsyncComponent`.
 */
export function withMessages<Module>(
  load: () => Promise<Module>,
  ...messages: FeatureMessages[]
): () => Promise<Module> {
  return () =>
    Promise.all([load(), ...messages.map((feature) => loadFeatureMessages(feature))]).then(([module]) => module);
}

export async function setLocale(locale: AppLocale): Promise<void> {
  const global = i18n.global;
  if (locale !== 'lt' && !global.availableLocales.includes(locale)) {
    const messages = await loaders[locale]();
    global.setLocaleMessage(locale, copyMessages(messages.default) as MessageSchema);
  }
  // Features already visited speak the new language too (after the main messages, which replace).
  await Promise.all([...featureMessages.keys()].map((messages) => loadFeatureMessages(messages, locale)));
  global.locale.value = locale;
  document.documentElement.lang = locale;
  remember(storageKey, locale);
}

export function storedLocale(): AppLocale {
  const value = recall(storageKey);
  return isAppLocale(value) ? value : 'lt';
}

/** A value kept in this browser; `null` forgets it. */
export function remember(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // private mode or disabled storage: the value just lasts for this visit
  }
}

export function recall(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
