import type { RouteRecordRaw } from 'vue-router';
import { searchMessages } from './messages';
import { withMessages } from '@/i18n';

export const searchRoutes: RouteRecordRaw[] = [
  {
    path: '/search',
    name: 'search',
    component: withMessages(() => import('./pages/SearchPage.vue'), searchMessages),
    meta: { titleKey: 'search.title' },
  },
];
