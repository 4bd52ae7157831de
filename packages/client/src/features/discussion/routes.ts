import type { RouteRecordRaw } from 'vue-router';
import { discussionMessages } from './messages';
import { withMessages } from '@/i18n';

export const discussionRoutes: RouteRecordRaw[] = [
  {
    path: '/staff/moderation',
    name: 'staff-moderation',
    component: withMessages(() => import('./pages/ModerationPage.vue'), discussionMessages),
    meta: { titleKey: 'staff.moderation.title', roles: ['STAFF', 'ADMIN'] },
  },
];
