import type { RouteRecordRaw } from 'vue-router';
import HomePage from './pages/HomePage.vue';

// The only route in the first-load bundle.
export const homeRoutes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage, meta: { titleKey: 'home.title' } },
];
