import type { RouteRecordRaw } from 'vue-router';
import { partnershipMessages } from './messages';
import { withMessages } from '@/i18n';

export const partnershipRoutes: RouteRecordRaw[] = [
  {
    path: '/cooperation',
    name: 'cooperation',
    component: withMessages(() => import('./pages/CooperationPage.vue'), partnershipMessages),
    meta: { titleKey: 'cooperation.title' },
  },
  {
    path: '/staff/partnerships',
    name: 'staff-partnerships',
    component: withMessages(() => import('./pages/PartnershipTrackerPage.vue'), partnershipMessages),
    meta: { titleKey: 'partnerships.title', roles: ['STAFF', 'ADMIN'], wide: true },
  },
  {
    path: '/staff/partnerships/:slug',
    name: 'staff-partnership',
    component: withMessages(() => import('./pages/PartnershipPage.vue'), partnershipMessages),
    props: true,
    meta: { titleKey: 'partnerships.page.title', roles: ['STAFF', 'ADMIN'] },
  },
];
