import type { FeatureMessages } from '@/i18n';

/** The calls pages' messages: they load with those pages (routes.ts), not in the entry. */
export const callMessages: FeatureMessages = {
  lt: () => import('./locales/lt.json'),
  en: () => import('./locales/en.json'),
};
