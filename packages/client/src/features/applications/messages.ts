import type { FeatureMessages } from '@/i18n';

/** The applications' messages: they load with the feature's pages (routes.ts), not in the entry. */
export const applicationMessages: FeatureMessages = {
  lt: () => import('./locales/lt.json'),
  en: () => import('./locales/en.json'),
};
