import { CombinedError } from '@urql/core';
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import SignInPage from './SignInPage.vue';
import { mountWithApp } from '@/testing/mountWithApp';

const signIn = vi.fn();
vi.mock('../composables/useSession', () => ({ useSession: () => ({ signIn }) }));

const serverError = (extensions: Record<string, unknown>) => ({
  error: new CombinedError({ graphQLErrors: [{ message: 'raw server text', extensions }] }),
});

async function fillAndSubmit(email: string, password: string) {
  const mounted = await mountWithApp(SignInPage, { url: '/sign-in?redirect=/invitations/abc' });
  const { wrapper } = mounted;
  await wrapper.get('input[type="email"]').setValue(email);
  await wrapper.get('input[type="password"]').setValue(password);
  await wrapper.get('form').trigger('submit');
  // vee-validate validates asynchronously; wait until the form has settled.
  await vi.waitFor(() => expect(wrapper.find('button[type="submit"]').attributes('disabled')).toBeUndefined());
  await flushPromises();
  return mounted;
}

beforeEach(() => {
  signIn.mockReset();
});

describe('SignInPage', () => {
  it('labels its fields and button', async () => {
    const { wrapper } = await mountWithApp(SignInPage);
    expect(wrapper.findAll('label').map((label) => label.text())).toEqual(['El. pašto adresas', 'Slaptažodis']);
    expect(wrapper.get('button[type="submit"]').text()).toBe('Prisijungti');
  });

  it('checks the fields before asking the server', async () => {
    const { wrapper } = await fillAndSubmit('', '');
    await vi.waitFor(() => expect(wrapper.find('.field__error').exists()).toBe(true));
    expect(signIn).not.toHaveBeenCalled();
    expect(wrapper.findAll('.field__error').map((e) => e.text())).toEqual([
      'Šis laukas privalomas.',
      'Šis laukas privalomas.',
    ]);
    expect(wrapper.get('input[type="email"]').attributes('aria-invalid')).toBe('true');
    await vi.waitFor(() => expect(document.activeElement).toBe(wrapper.get('input[type="email"]').element));
  });

  it('shows server field messages beside their fields', async () => {
    signIn.mockResolvedValue(
      serverError({ code: 'BAD_USER_INPUT', fields: [{ field: 'email', message: 'Paskyra užblokuota' }] }),
    );
    const { wrapper } = await fillAndSubmit('ona@example.org', 'slaptas123');
    await vi.waitFor(() => expect(wrapper.find('.field__error').exists()).toBe(true));
    expect(wrapper.get('.field__error').text()).toBe('Paskyra užblokuota');
    expect(wrapper.get('[role="alert"]').text()).toBe('Patikrinkite pažymėtus laukus.');
  });

  it('explains rate limiting in people’s words', async () => {
    signIn.mockResolvedValue(serverError({ code: 'TOO_MANY_REQUESTS' }));
    const { wrapper } = await fillAndSubmit('ona@example.org', 'slaptas123');
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true));
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Per daug bandymų. Palaukite kelias minutes ir bandykite dar kartą.',
    );
    expect(wrapper.text()).not.toContain('raw server text');
  });

  it('goes back where it was asked to after signing in', async () => {
    signIn.mockResolvedValue({ data: { signIn: { id: '1', locale: 'lt' } } });
    const { router } = await fillAndSubmit('ona@example.org', 'slaptas123');
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/invitations/abc'));
    expect(signIn).toHaveBeenCalledWith({ email: 'ona@example.org', password: 'slaptas123' });
    expect(router.currentRoute.value.fullPath).toBe('/invitations/abc');
  });
});
