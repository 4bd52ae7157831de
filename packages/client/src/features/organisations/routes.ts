import type { RouteRecordRaw } from 'vue-router';
import { organisationMessages } from './messages';
import { withMessages } from '@/i18n';

export const organisationRoutes: RouteRecordRaw[] = [
  {
    path: '/organisations',
    name: 'directory',
    component: withMessages(() => import('./pages/DirectoryPage.vue'), organisationMessages),
    meta: { titleKey: 'directory.title' },
  },
  {
    path: '/organisations/:slug',
    name: 'organisation',
    component: withMessages(() => import('./pages/OrganisationPage.vue'), organisationMessages),
    props: true,
    meta: { titleKey: 'organisation.title' },
  },
  {
    path: '/staff/organisations',
    name: 'staff-organisations',
    component: withMessages(() => import('./pages/StaffOrganisationsPage.vue'), organisationMessages),
    meta: { titleKey: 'staff.organisations.title', roles: ['STAFF', 'ADMIN'], wide: true },
  },
];
