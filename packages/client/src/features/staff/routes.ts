import type { RouteRecordRaw } from 'vue-router';

export const staffRoutes: RouteRecordRaw[] = [
  {
    path: '/staff/organisations',
    name: 'staff-organisations',
    component: () => import('./pages/StaffOrganisationsPage.vue'),
    meta: { titleKey: 'staff.organisations.title', roles: ['STAFF', 'ADMIN'] },
  },
  {
    path: '/staff/users',
    name: 'staff-users',
    component: () => import('./pages/StaffUsersPage.vue'),
    meta: { titleKey: 'staff.users.title', roles: ['ADMIN'] },
  },
  {
    path: '/staff/moderation',
    name: 'staff-moderation',
    component: () => import('./pages/ModerationPage.vue'),
    meta: { titleKey: 'staff.moderation.title', roles: ['STAFF', 'ADMIN'] },
  },
];
