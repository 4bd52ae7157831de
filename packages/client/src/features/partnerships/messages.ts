import type { FeatureMessages } from '@/i18n';

/**
 * The cooperation overview's and the partnership tracker's messages: they load with those pages
 * (routes.ts) and with the partner timeline on an organisation's page, not in the entry.
 */
export const partnershipMessages: FeatureMessages = {
  lt: () => import('./locales/lt.json'),
  en: () => import('./locales/en.json'),
};
