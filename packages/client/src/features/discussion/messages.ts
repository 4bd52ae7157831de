import type { FeatureMessages } from '@/i18n';

/** The discussion's messages: they load with the initiative page that holds it and with moderation. */
export const discussionMessages: FeatureMessages = {
  lt: () => import('./locales/lt.json'),
  en: () => import('./locales/en.json'),
};
