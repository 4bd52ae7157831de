import type { RouteRecordRaw } from 'vue-router';
import { applicationMessages } from './messages';
import { loadFileMessages } from '@/features/files/messages';
import { loadFeatureMessages } from '@/i18n';

const withMessages = () => loadFeatureMessages(applicationMessages);
/** The application page offers uploads: the upload's own words come with it. */
const withUploadMessages = () => Promise.all([withMessages(), loadFileMessages()]).then(() => undefined);

export const applicationRoutes: RouteRecordRaw[] = [
  {
    path: '/calls/:number(\\d+)/apply',
    name: 'call-apply',
    component: () => import('./pages/ApplyPage.vue'),
    props: true,
    meta: { titleKey: 'applications.apply.pageTitle', requiresAuth: true },
    beforeEnter: withMessages,
  },
  {
    path: '/applications/:id',
    name: 'application',
    component: () => import('./pages/ApplicationPage.vue'),
    props: true,
    meta: { titleKey: 'applications.page.title', requiresAuth: true },
    beforeEnter: withUploadMessages,
  },
  {
    path: '/my-applications',
    name: 'my-applications',
    component: () => import('./pages/MyApplicationsPage.vue'),
    meta: { titleKey: 'applications.mine.title', requiresAuth: true },
    beforeEnter: withMessages,
  },
  {
    path: '/staff/calls/:number(\\d+)/applications',
    name: 'staff-call-applications',
    component: () => import('./pages/ComplianceQueuePage.vue'),
    props: true,
    meta: { titleKey: 'applications.queue.pageTitle', roles: ['STAFF', 'ADMIN'], wide: true },
    beforeEnter: withMessages,
  },
];
