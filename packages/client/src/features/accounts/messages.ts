import type { FeatureMessages } from '@/i18n';

/**
 * The account pages' messages (signing in, registering, the account, invitations, staff's user
 * list), loaded with them. The header's own words for signing in and out stay in src/locales.
 */
export const accountMessages: FeatureMessages = {
  lt: () => import('./locales/lt.json'),
  en: () => import('./locales/en.json'),
};
