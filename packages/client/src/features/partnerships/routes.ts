import type { RouteRecordRaw } from 'vue-router';

export const partnershipRoutes: RouteRecordRaw[] = [
  {
    path: '/cooperation',
    name: 'cooperation',
    component: () => import('./pages/CooperationPage.vue'),
    meta: { titleKey: 'cooperation.title' },
  },
  {
    path: '/staff/partnerships',
    name: 'staff-partnerships',
    component: () => import('./pages/PartnershipTrackerPage.vue'),
    meta: { titleKey: 'partnerships.title', roles: ['STAFF', 'ADMIN'], wide: true },
  },
  {
    path: '/staff/partnerships/:slug',
    name: 'staff-partnership',
    component: () => import('./pages/PartnershipPage.vue'),
    props: true,
    meta: { titleKey: 'partnerships.page.title', roles: ['STAFF', 'ADMIN'] },
  },
];
