import type { RouteRecordRaw } from 'vue-router';

export const organisationRoutes: RouteRecordRaw[] = [
  {
    path: '/organisations',
    name: 'directory',
    component: () => import('./pages/DirectoryPage.vue'),
    meta: { titleKey: 'directory.title' },
  },
  {
    path: '/organisations/:slug',
    name: 'organisation',
    component: () => import('./pages/OrganisationPage.vue'),
    props: true,
    meta: { titleKey: 'organisation.title' },
  },
  {
    path: '/staff/organisations',
    name: 'staff-organisations',
    component: () => import('./pages/StaffOrganisationsPage.vue'),
    meta: { titleKey: 'staff.organisations.title', roles: ['STAFF', 'ADMIN'], wide: true },
  },
];
