import { loadFeatureMessages, type FeatureMessages } from '@/i18n';

/**
 * The upload component's messages. A page that offers an upload loads them with its route
 * (`loadFileMessages` in `beforeEnter`); the component also asks for them itself, so it speaks
 * wherever it is used.
 */
const fileMessages: FeatureMessages = {
  lt: () => import('./locales/lt.json'),
  en: () => import('./locales/en.json'),
};

export function loadFileMessages(): Promise<void> {
  return loadFeatureMessages(fileMessages);
}
