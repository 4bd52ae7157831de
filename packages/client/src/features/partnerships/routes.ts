import type { RouteRecordRaw } from 'vue-router';
import { partnershipMessages } from './messages';
import { loadFeatureMessages } from '@/i18n';

const withMessages = () => loadFeatureMessages(partnershipMessages);

export const partnershipRoutes: RouteRecordRaw[] = [
  {
    path: '/cooperation',
    name: 'cooperation',
    component: () => import('./pages/CooperationPage.vue'),
    meta: { titleKey: 'cooperation.title' },
    beforeEnter: withMessages,
  },
  {
    path: '/staff/partnerships',
    name: 'staff-partnerships',
    component: () => import('./pages/PartnershipTrackerPage.vue'),
    meta: { titleKey: 'partnerships.title', roles: ['STAFF', 'ADMIN'], wide: true },
    beforeEnter: withMessages,
  },
  {
    path: '/staff/partnerships/:slug',
    name: 'staff-partnership',
    component: () => import('./pages/PartnershipPage.vue'),
    props: true,
    meta: { titleKey: 'partnerships.page.title', roles: ['STAFF', 'ADMIN'] },
    beforeEnter: withMessages,
  },
];
