import type { RouteRecordRaw } from 'vue-router';
import HomePage from './pages/HomePage.vue';
import { withMessages, type FeatureMessages } from '@/i18n';

// The privacy notice and the accessibility statement: long texts that load with their pages.
const legalMessages: FeatureMessages = {
  lt: () => import('./locales/lt.json'),
  en: () => import('./locales/en.json'),
};

export const homeRoutes: RouteRecordRaw[] = [
  // The only route in the first-load bundle.
  { path: '/', name: 'home', component: HomePage, meta: { titleKey: 'home.title' } },
  {
    path: '/about',
    name: 'about',
    component: () => import('./pages/AboutPage.vue'),
    meta: { titleKey: 'about.title' },
  },
  {
    path: '/privacy',
    name: 'privacy',
    component: withMessages(() => import('./pages/PrivacyPage.vue'), legalMessages),
    meta: { titleKey: 'legal.privacy.title' },
  },
  {
    path: '/accessibility',
    name: 'accessibility',
    component: withMessages(() => import('./pages/AccessibilityPage.vue'), legalMessages),
    meta: { titleKey: 'legal.accessibility.title' },
  },
];
