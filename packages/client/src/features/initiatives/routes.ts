import type { RouteRecordRaw } from 'vue-router';
import { InitiativeQuery } from './initiativeQuery';
import { client } from '@/urql';

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
    // The question goes out with the page's code rather than after it: on a slow link that is one
    // round trip less before the initiative shows. The page reads the answer or joins the request.
    beforeEnter: (to) => {
      void client.value.query(InitiativeQuery, { slug: String(to.params.slug) }).toPromise();
    },
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
