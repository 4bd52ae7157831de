import type { RouteRecordRaw } from 'vue-router';
import { InitiativeQuery } from './initiativeQuery';
import { initiativeMessages } from './messages';
import { discussionMessages } from '@/features/discussion/messages';
import type { Locale } from '@/gql/graphql';
import { i18n, withMessages } from '@/i18n';
import { client } from '@/urql';

export const initiativeRoutes: RouteRecordRaw[] = [
  {
    path: '/initiatives',
    name: 'initiatives',
    component: withMessages(() => import('./pages/InitiativesPage.vue'), initiativeMessages),
    meta: { titleKey: 'initiatives.title' },
  },
  {
    path: '/initiatives/new',
    name: 'initiative-new',
    component: withMessages(() => import('./pages/NewInitiativePage.vue'), initiativeMessages),
    meta: { titleKey: 'initiatives.form.newTitle', requiresAuth: true },
  },
  {
    path: '/initiatives/mine',
    name: 'initiatives-mine',
    component: withMessages(() => import('./pages/MyInitiativesPage.vue'), initiativeMessages),
    meta: { titleKey: 'initiatives.mine.title', requiresAuth: true },
  },
  {
    path: '/initiatives/:slug',
    name: 'initiative',
    // The page holds the initiative's discussion.
    component: withMessages(() => import('./pages/InitiativePage.vue'), initiativeMessages, discussionMessages),
    props: true,
    meta: { titleKey: 'initiatives.detail.title' },
    // The question goes out with the page's code rather than after it: on a slow link that is one
    // round trip less before the initiative shows. The page reads the answer or joins the request,
    // so it is asked with the very variables the page asks with.
    beforeEnter: (to) => {
      const language = i18n.global.locale.value as Locale;
      void client.value.query(InitiativeQuery, { slug: String(to.params.slug), language }).toPromise();
    },
  },
  {
    path: '/initiatives/:slug/edit',
    name: 'initiative-edit',
    component: withMessages(() => import('./pages/EditInitiativePage.vue'), initiativeMessages),
    props: true,
    meta: { titleKey: 'initiatives.form.editTitle', requiresAuth: true },
  },
  {
    path: '/staff/initiatives',
    name: 'staff-initiatives',
    component: withMessages(() => import('./pages/StaffInitiativesPage.vue'), initiativeMessages),
    meta: { titleKey: 'initiatives.staff.title', roles: ['STAFF', 'ADMIN'] },
  },
];
