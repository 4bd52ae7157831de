import { defineAsyncComponent } from 'vue';
import { withMessages } from './messages';

// What other features show of this one, loaded with its messages only when shown: nothing of it
// weighs on the first load, and visitors never load it.
export const NotificationBell = defineAsyncComponent(withMessages(() => import('./components/NotificationBell.vue')));
export const FollowButton = defineAsyncComponent(withMessages(() => import('./components/FollowButton.vue')));
export const NotificationPreferences = defineAsyncComponent(
  withMessages(() => import('./components/NotificationPreferences.vue')),
);
