import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import AppHeader from './AppHeader.vue';
import { mountWithApp } from '@/testing/mountWithApp';

vi.mock('@urql/vue', () => ({
  useQuery: () => ({ data: ref({ me: null }), fetching: ref(false) }),
  useMutation: () => ({ executeMutation: vi.fn(), fetching: ref(false) }),
}));

/** Where the header's link called `name` leads, and the page it asks to come back to. */
const linkTo = async (url: string, name: string) => {
  const { wrapper, router } = await mountWithApp(AppHeader, { url });
  const target = router.resolve(
    wrapper
      .findAll('a')
      .find((a) => a.text() === name)!
      .attributes('href')!,
  );
  return [target.path, target.query.redirect];
};

describe('AppHeader', () => {
  it('signs a visitor in back to the page they are on', async () => {
    expect(await linkTo('/organisations?sector=NGO&q=kaimo', 'Prisijungti')).toEqual([
      '/sign-in',
      '/organisations?sector=NGO&q=kaimo',
    ]);
    expect(await linkTo('/organisations/pastrevio-bendruomene', 'Registruotis')).toEqual([
      '/register',
      '/organisations/pastrevio-bendruomene',
    ]);
    expect(await linkTo('/', 'Prisijungti')).toEqual(['/sign-in', undefined]);
  });

  it('keeps where the person came from on the sign-in page itself', async () => {
    expect(await linkTo('/sign-in?redirect=/cooperation', 'Prisijungti')).toEqual(['/sign-in', '/cooperation']);
    expect(await linkTo('/sign-in?redirect=https://evil.example', 'Prisijungti')).toEqual(['/sign-in', undefined]);
  });
});
