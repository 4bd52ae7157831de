import { mount, flushPromises, type ComponentMountingOptions, type VueWrapper } from '@vue/test-utils';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter, type Router, type RouteRecordRaw } from 'vue-router';
import { copyMessages, createAppI18n, type AppLocale } from '@/i18n';

const Blank = { render: () => null };

/** Routes with the app's names, rendering nothing, so RouterLinks resolve in component tests. */
const testRoutes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: Blank },
  { path: '/about', name: 'about', component: Blank },
  { path: '/privacy', name: 'privacy', component: Blank },
  { path: '/accessibility', name: 'accessibility', component: Blank },
  { path: '/initiatives', name: 'initiatives', component: Blank },
  { path: '/initiatives/new', name: 'initiative-new', component: Blank },
  { path: '/initiatives/:slug', name: 'initiative', component: Blank },
  { path: '/initiatives/:slug/edit', name: 'initiative-edit', component: Blank },
  { path: '/applications/:id', name: 'application', component: Blank },
  { path: '/my-applications', name: 'my-applications', component: Blank },
  { path: '/organisations', name: 'directory', component: Blank },
  { path: '/organisations/:slug', name: 'organisation', component: Blank },
  { path: '/sign-in', name: 'sign-in', component: Blank },
  { path: '/register', name: 'register', component: Blank },
  { path: '/account', name: 'account', component: Blank },
  { path: '/forgot-password', name: 'forgot-password', component: Blank },
  { path: '/cooperation', name: 'cooperation', component: Blank },
  { path: '/staff/partnerships', name: 'staff-partnerships', component: Blank },
  { path: '/staff/partnerships/:slug', name: 'staff-partnership', component: Blank },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: Blank },
];

/** Every feature's own messages (those its routes load), by file: `…/features/<feature>/locales/<locale>.json`. */
const featureMessages = import.meta.glob<{ default: Record<string, unknown> }>('@/features/*/locales/*.json', {
  eager: true,
});

/**
 * Mounts a component with a fresh i18n (Lithuanian unless told), holding every message the app
 * would have by the time the component shows, and an in-memory router at `url`.
 */
export async function mountWithApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> & { url?: string; locale?: AppLocale } = {},
): Promise<{ wrapper: VueWrapper; router: Router; i18n: ReturnType<typeof createAppI18n> }> {
  const { url = '/', locale = 'lt', ...mountOptions } = options;
  const i18n = createAppI18n(locale);
  if (locale === 'en') i18n.global.setLocaleMessage('en', copyMessages((await import('@/locales/en.json')).default));
  for (const [file, messages] of Object.entries(featureMessages)) {
    const fileLocale = file.slice(file.lastIndexOf('/') + 1, -'.json'.length);
    if (fileLocale === 'lt' || fileLocale === locale)
      i18n.global.mergeLocaleMessage(fileLocale, messages.default as never);
  }
  const router = createRouter({ history: createMemoryHistory(), routes: testRoutes });
  await router.push(url);
  await router.isReady();
  const wrapper = mount(component, {
    ...mountOptions,
    attachTo: document.body,
    global: { ...mountOptions.global, plugins: [i18n, router, ...(mountOptions.global?.plugins ?? [])] },
  } as ComponentMountingOptions<C>) as unknown as VueWrapper;
  await flushPromises();
  return { wrapper, router, i18n };
}
