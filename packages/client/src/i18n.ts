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

export function createAppI18n(locale: AppLocale = 'lt') {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'lt',
    // English is added by setLocale() when first chosen.
    messages: { lt } as Record<AppLocale, MessageSchema>,
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

/** A feature's own messages per language, each loaded on demand. */
export type FeatureMessages = Record<AppLocale, () => Promise<{ default: Record<string, unknown> }>>;

const features: FeatureMessages[] = [];
const mergedFeatures = new Map<FeatureMessages, Set<AppLocale>>();

async function mergeFeature(feature: FeatureMessages, locale: AppLocale): Promise<void> {
  const merged = mergedFeatures.get(feature) ?? new Set<AppLocale>();
  mergedFeatures.set(feature, merged);
  if (merged.has(locale)) return;
  const messages = await feature[locale]();
  i18n.global.mergeLocaleMessage(locale, messages.default as MessageSchema);
  merged.add(locale);
}

/**
 * Loads a feature's messages in the current language, so they travel with the feature's code
 * rather than in the first load; later language changes load them too before switching.
 */
export function loadFeatureMessages(feature: FeatureMessages): Promise<void> {
  if (!features.includes(feature)) features.push(feature);
  return mergeFeature(feature, i18n.global.locale.value as AppLocale);
}

export async function setLocale(locale: AppLocale): Promise<void> {
  const global = i18n.global;
  if (locale !== 'lt' && !global.availableLocales.includes(locale)) {
    const messages = await loaders[locale]();
    global.setLocaleMessage(locale, messages.default as MessageSchema);
  }
  await Promise.all(features.map((feature) => mergeFeature(feature, locale)));
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
