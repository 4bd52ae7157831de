import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router';
import { callMessages } from './messages';
import { i18n, withMessages } from '@/i18n';
import type { Locale } from '@/gql/graphql';
import { client } from '@/urql';

/** `/calls/7` → 7; anything else is no call's number (the page then says there is none). */
const callNumber = (route: RouteLocationNormalized) => ({
  number: /^\d{1,9}$/.test(String(route.params.number)) ? Number(route.params.number) : Number.NaN,
});

export const callRoutes: RouteRecordRaw[] = [
  {
    path: '/calls',
    name: 'calls',
    component: withMessages(() => import('./pages/CallsPage.vue'), callMessages),
    meta: { titleKey: 'calls.title' },
  },
  {
    path: '/staff/calls/new',
    name: 'call-new',
    component: withMessages(() => import('./pages/NewCallPage.vue'), callMessages),
    meta: { titleKey: 'calls.new', roles: ['STAFF', 'ADMIN'] },
  },
  {
    path: '/calls/:number',
    name: 'call',
    component: withMessages(() => import('./pages/CallPage.vue'), callMessages),
    props: callNumber,
    meta: { titleKey: 'calls.page.title' },
    // The call is asked for with the page's code and messages rather than after them: on a slow
    // link that is one round trip less. The page reads the answer or joins the request. Its query
    // comes in a small chunk of its own, so the first load does not carry it.
    beforeEnter: (to) => {
      const { number } = callNumber(to);
      if (!Number.isInteger(number)) return;
      const language = i18n.global.locale.value as Locale;
      void import('./callQuery').then(({ CallQuery }) =>
        client.value.query(CallQuery, { number, language }).toPromise(),
      );
    },
  },
  {
    path: '/staff/calls/:number/edit',
    name: 'call-edit',
    component: withMessages(() => import('./pages/EditCallPage.vue'), callMessages),
    props: callNumber,
    meta: { titleKey: 'calls.edit.title', roles: ['STAFF', 'ADMIN'] },
  },
];
