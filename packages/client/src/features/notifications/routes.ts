import type { RouteRecordRaw } from 'vue-router';
import { notificationMessages } from './messages';
import { withMessages } from '@/i18n';

export const notificationRoutes: RouteRecordRaw[] = [
  {
    path: '/notifications',
    name: 'notifications',
    component: withMessages(() => import('./pages/NotificationsPage.vue'), notificationMessages),
    meta: { titleKey: 'notifications.title', requiresAuth: true },
  },
  {
    // Linked from every e-mail: works without signing in (the token is the right).
    path: '/unsubscribe/:token',
    name: 'unsubscribe',
    component: withMessages(() => import('./pages/UnsubscribePage.vue'), notificationMessages),
    props: true,
    meta: { titleKey: 'notifications.unsubscribe.title' },
  },
];
