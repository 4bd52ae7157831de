import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import LanguageSwitcher from './LanguageSwitcher.vue';
import { settleLocaleAfterSignIn } from '@/features/accounts/composables/languageChoice';
import { i18n, setLocale } from '@/i18n';

// The app's client, answering who is signed in and recording the language saved to the profile.
const me = vi.fn<() => { id: string; locale: string } | null>();
const mutation = vi.fn();
vi.mock('@/urql', () => ({
  client: {
    value: {
      query: () => ({ toPromise: async () => ({ data: { me: me() } }) }),
      mutation: (_document: unknown, variables: unknown) => ({
        toPromise: async () => (mutation(variables), { data: {} }),
      }),
    },
  },
}));

beforeEach(async () => {
  me.mockReturnValue(null);
  mutation.mockReset();
  localStorage.clear();
  await setLocale('lt');
});

async function pickEnglish() {
  const wrapper = mount(LanguageSwitcher, { global: { plugins: [i18n] } });
  await wrapper.get('button[lang="en"]').trigger('click');
  await vi.waitFor(() => expect(document.documentElement.lang).toBe('en'));
  await flushPromises();
  return wrapper;
}

describe('LanguageSwitcher', () => {
  it('switches to English, remembers it and sets <html lang>', async () => {
    const wrapper = mount(LanguageSwitcher, { global: { plugins: [i18n] } });
    expect(wrapper.attributes('aria-label')).toBe('Kalba');
    const english = wrapper.get('button[lang="en"]');
    expect(english.attributes('aria-label')).toBe('EN English');
    expect(english.attributes('aria-pressed')).toBe('false');

    await english.trigger('click');
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('en'));
    await flushPromises();

    expect(localStorage.getItem('telka.locale')).toBe('en');
    expect(english.attributes('aria-pressed')).toBe('true');
    expect(wrapper.attributes('aria-label')).toBe('Language');
  });

  it('saves a signed-in person’s pick to their profile at once', async () => {
    me.mockReturnValue({ id: 'u1', locale: 'lt' });
    await pickEnglish();
    await vi.waitFor(() => expect(mutation).toHaveBeenCalledWith({ input: { locale: 'en' } }));
  });
});

describe('the language at sign-in', () => {
  it('keeps a visitor’s pick and saves it to the profile', async () => {
    await pickEnglish();
    expect(mutation).not.toHaveBeenCalled();

    await settleLocaleAfterSignIn('lt');
    expect(i18n.global.locale.value).toBe('en');
    expect(mutation).toHaveBeenCalledWith({ input: { locale: 'en' } });

    // Saved once: the next sign-in in this browser follows the profile again.
    mutation.mockClear();
    await settleLocaleAfterSignIn('lt');
    expect(i18n.global.locale.value).toBe('lt');
    expect(mutation).not.toHaveBeenCalled();
  });

  it('takes the profile’s language when nothing was picked, whatever the browser remembers', async () => {
    await setLocale('en'); // the language of the last person at this computer
    await settleLocaleAfterSignIn('lt');
    expect(i18n.global.locale.value).toBe('lt');
    expect(document.documentElement.lang).toBe('lt');
    expect(mutation).not.toHaveBeenCalled();
  });
});
