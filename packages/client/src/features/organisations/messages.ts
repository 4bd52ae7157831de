import type { FeatureMessages } from '@/i18n';

/** The directory's, the organisation profile's and the member register's messages, loaded with those pages. */
export const organisationMessages: FeatureMessages = {
  lt: () => import('./locales/lt.json'),
  en: () => import('./locales/en.json'),
};
