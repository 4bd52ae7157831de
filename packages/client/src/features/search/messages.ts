import type { FeatureMessages } from '@/i18n';

/** The search page's messages, loaded with it. */
export const searchMessages: FeatureMessages = {
  lt: () => import('./locales/lt.json'),
  en: () => import('./locales/en.json'),
};
