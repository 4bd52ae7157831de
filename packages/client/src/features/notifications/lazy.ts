import { defineAsyncComponent } from 'vue';
import { notificationMessages } from './messages';
import { withMessages } from '@/i18n';

// What other features show of this one, loaded with its messages only when shown: nothing of it
// weighs on the first load, and visitors never load it.
export const NotificationBell = defineAsyncComponent(
  withMessages(() => import('./components/NotificationBell.vue'), notificationMessages),
);
export const FollowButton = defineAsyncComponent(
  withMessages(() => import('./components/FollowButton.vue'), notificationMessages),
);
export const NotificationPreferences = defineAsyncComponent(
  withMessages(() => import('./components/NotificationPreferences.vue'), notificationMessages),
);
