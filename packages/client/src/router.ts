import { createRouter, createWebHistory, type RouteLocationNormalized, type Router } from 'vue-router';
import { MeQuery } from '@/composables/useMe';
import { accountRoutes } from '@/features/accounts/routes';
import { applicationRoutes } from '@/features/applications/routes';
import { callRoutes } from '@/features/calls/routes';
import { discussionRoutes } from '@/features/discussion/routes';
import { homeRoutes } from '@/features/home/routes';
import { initiativeRoutes } from '@/features/initiatives/routes';
import { notificationRoutes } from '@/features/notifications/routes';
import { organisationRoutes } from '@/features/organisations/routes';
import { partnershipRoutes } from '@/features/partnerships/routes';
import { searchRoutes } from '@/features/search/routes';
import type { PlatformRole } from '@/gql/graphql';
import { client } from '@/urql';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title */
    titleKey?: string;
    /** a signed-in person is needed */
    requiresAuth?: boolean;
    /** platform roles allowed (the server enforces this too) */
    roles?: readonly PlatformRole[];
    /** the page takes the screen's whole width (staff tables), not the reading width of the rest */
    wide?: boolean;
  }
}

export const routes = [
  ...homeRoutes,
  ...initiativeRoutes,
  ...organisationRoutes,
  ...partnershipRoutes,
  ...callRoutes,
  ...accountRoutes,
  ...discussionRoutes,
  ...notificationRoutes,
  ...searchRoutes,
  ...applicationRoutes,
  {
    path: '/forbidden',
    name: 'forbidden',
    component: () => import('@/components/ForbiddenPage.vue'),
    meta: { titleKey: 'errors.forbiddenTitle' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/components/NotFoundPage.vue'),
    meta: { titleKey: 'errors.notFoundTitle' },
  },
];

async function guard(to: RouteLocationNormalized) {
  if (!to.meta.requiresAuth && !to.meta.roles) return true;
  const result = await client.value.query(MeQuery, {}).toPromise();
  const me = result.data?.me;
  if (!me) return { name: 'sign-in', query: { redirect: to.fullPath } };
  if (to.meta.roles && !to.meta.roles.includes(me.role)) return { name: 'forbidden' };
  return true;
}

/**
 * A link to a part of a page (a comment, a settings section): the part appears once the page's
 * data has arrived, so it is waited for, briefly; the top of the page if it never shows.
 */
function scrollTarget(hash: string): Promise<{ el: string; top: number } | { top: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const look = () => {
      let found: Element | null = null;
      try {
        found = document.querySelector(hash);
      } catch {
        // not a valid selector: no such part
      }
      if (found) resolve({ el: hash, top: 16 });
      else if (Date.now() - started > 3000) resolve({ top: 0 });
      else setTimeout(look, 100);
    };
    look();
  });
}

export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory(),
    routes,
    scrollBehavior(to, from, saved) {
      if (saved) return saved;
      if (to.hash) return scrollTarget(to.hash);
      if (to.path === from.path) return false; // filter changes keep the reader's place
      return { top: 0 };
    },
  });
  router.beforeEach(guard);
  router.afterEach((to, from) => {
    // Move focus to the new page for keyboard and screen-reader users (not on first load or filter changes).
    if (from.matched.length && to.path !== from.path) {
      requestAnimationFrame(() => document.getElementById('main')?.focus());
    }
  });
  return router;
}
