import { CombinedError } from '@urql/core';
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import ResetPasswordPage from './ResetPasswordPage.vue';
import { flashMessage } from '@/composables/useFlash';
import { mountWithApp } from '@/testing/mountWithApp';

const resetPassword = vi.fn();
vi.mock('../composables/useSession', () => ({ useSession: () => ({ resetPassword }) }));

async function fillAndSubmit(password: string, repeated: string) {
  const mounted = await mountWithApp(ResetPasswordPage, { url: '/reset-password/t0k', props: { token: 't0k' } });
  const [first, second] = mounted.wrapper.findAll('input[type="password"]');
  await first!.setValue(password);
  await second!.setValue(repeated);
  await mounted.wrapper.get('form').trigger('submit');
  await vi.waitFor(() => expect(mounted.wrapper.find('button[type="submit"]').attributes('disabled')).toBeUndefined());
  await flushPromises();
  return mounted;
}

beforeEach(() => {
  resetPassword.mockReset();
  flashMessage.value = '';
});

describe('ResetPasswordPage', () => {
  it('shows the password rule and asks for the password twice', async () => {
    const { wrapper } = await mountWithApp(ResetPasswordPage, { props: { token: 't0k' } });
    expect(wrapper.findAll('label').map((label) => label.text())).toEqual([
      'Naujas slaptažodis',
      'Pakartokite naują slaptažodį',
    ]);
    expect(wrapper.text()).toContain('Ne trumpesnis nei 10 simbolių.');
  });

  it('says when the two passwords differ, and sends nothing', async () => {
    const { wrapper } = await fillAndSubmit('ilgas slaptažodis', 'kitas slaptažodis');
    await vi.waitFor(() => expect(wrapper.text()).toContain('Slaptažodžiai nesutampa.'));
    expect(resetPassword).not.toHaveBeenCalled();
  });

  it('signs in and goes home with a message', async () => {
    resetPassword.mockResolvedValue({ data: { resetPassword: { id: 'u1', locale: 'lt' } } });
    const { router } = await fillAndSubmit('ilgas slaptažodis', 'ilgas slaptažodis');
    expect(resetPassword).toHaveBeenCalledWith('t0k', 'ilgas slaptažodis');
    expect(router.currentRoute.value.path).toBe('/');
    expect(flashMessage.value).toBe('Slaptažodis pakeistas, esate prisijungę.');
  });

  it('explains a used link and offers a new one', async () => {
    resetPassword.mockResolvedValue({
      error: new CombinedError({
        graphQLErrors: [
          {
            message: 'raw',
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'token', code: 'LINK_USED', message: 'raw' }] },
          },
        ],
      }),
    });
    const { wrapper } = await fillAndSubmit('ilgas slaptažodis', 'ilgas slaptažodis');
    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('Ši nuoroda jau panaudota');
    expect(alert.get('a').attributes('href')).toBe('/forgot-password');
  });
});
