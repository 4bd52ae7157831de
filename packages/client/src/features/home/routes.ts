import type { RouteRecordRaw } from 'vue-router';
import HomePage from './pages/HomePage.vue';
import { loadFeatureMessages, type FeatureMessages } from '@/i18n';

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
    component: () => import('./pages/PrivacyPage.vue'),
    meta: { titleKey: 'legal.privacy.title' },
    beforeEnter: () => loadFeatureMessages(legalMessages),
  },
  {
    path: '/accessibility',
    name: 'accessibility',
    component: () => import('./pages/AccessibilityPage.vue'),
    meta: { titleKey: 'legal.accessibility.title' },
    beforeEnter: () => loadFeatureMessages(legalMessages),
  },
];
