import type { FeatureMessages } from '@/i18n';

/** The feature's messages: not in the first load, they come with its code (`withMessages`). */
export const notificationMessages: FeatureMessages = {
  lt: () => import('./locales/lt.json'),
  en: () => import('./locales/en.json'),
};
