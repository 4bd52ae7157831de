import { loadFeatureMessages, type FeatureMessages } from '@/i18n';

/** The feature's messages: not in the first load, they come with its code (`withMessages`). */
const notificationMessages: FeatureMessages = {
  lt: () => import('./locales/lt.json'),
  en: () => import('./locales/en.json'),
};

export function loadNotificationMessages(): Promise<void> {
  return loadFeatureMessages(notificationMessages);
}

/** A lazily loaded module of this feature, given once its messages are in too (both load at once). */
export function withMessages<Module>(load: () => Promise<Module>): () => Promise<Module> {
  return () => Promise.all([load(), loadNotificationMessages()]).then(([module]) => module);
}
