import type { RouteRecordRaw } from 'vue-router';

export const discussionRoutes: RouteRecordRaw[] = [
  {
    path: '/staff/moderation',
    name: 'staff-moderation',
    component: () => import('./pages/ModerationPage.vue'),
    meta: { titleKey: 'staff.moderation.title', roles: ['STAFF', 'ADMIN'] },
  },
];
