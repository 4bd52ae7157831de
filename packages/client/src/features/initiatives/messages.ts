import type { FeatureMessages } from '@/i18n';

/**
 * The initiative pages' messages, loaded with them (routes.ts). What the home page shows of
 * initiatives (their statuses, "propose", the support count) stays in src/locales.
 */
export const initiativeMessages: FeatureMessages = {
  lt: () => import('./locales/lt.json'),
  en: () => import('./locales/en.json'),
};
