import type { RouteRecordRaw } from 'vue-router';

export const initiativeRoutes: RouteRecordRaw[] = [
  {
    path: '/initiatives',
    name: 'initiatives',
    component: () => import('./pages/InitiativesPage.vue'),
    meta: { titleKey: 'initiatives.title' },
  },
  {
    path: '/initiatives/new',
    name: 'initiative-new',
    component: () => import('./pages/NewInitiativePage.vue'),
    meta: { titleKey: 'initiatives.form.newTitle', requiresAuth: true },
  },
  {
    path: '/initiatives/mine',
    name: 'initiatives-mine',
    component: () => import('./pages/MyInitiativesPage.vue'),
    meta: { titleKey: 'initiatives.mine.title', requiresAuth: true },
  },
  {
    path: '/initiatives/:slug',
    name: 'initiative',
    component: () => import('./pages/InitiativePage.vue'),
    props: true,
    meta: { titleKey: 'initiatives.detail.title' },
  },
  {
    path: '/initiatives/:slug/edit',
    name: 'initiative-edit',
    component: () => import('./pages/EditInitiativePage.vue'),
    props: true,
    meta: { titleKey: 'initiatives.form.editTitle', requiresAuth: true },
  },
  {
    path: '/staff/initiatives',
    name: 'staff-initiatives',
    component: () => import('./pages/StaffInitiativesPage.vue'),
    meta: { titleKey: 'initiatives.staff.title', roles: ['STAFF', 'ADMIN'] },
  },
];
