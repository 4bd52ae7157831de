import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import InvitationPage from './InvitationPage.vue';
import { mountWithApp } from '@/testing/mountWithApp';

const answers = vi.hoisted((): Record<string, unknown> => ({}));
const executeMutation = vi.hoisted(() => vi.fn(async () => ({ data: undefined })));
vi.mock('@urql/vue', async () => {
  const { fakeUseQuery } = await import('@/testing/fakeQueries');
  return {
    useQuery: fakeUseQuery(answers),
    useMutation: () => ({ executeMutation, fetching: ref(false), error: ref(undefined) }),
  };
});

const preview = {
  invitation: {
    email: 'ona@example.org',
    role: 'REPRESENTATIVE',
    expiresAt: '2030-01-01T10:00:00Z',
    organisation: { id: 'o1', slug: 'vievio-bendruomene', name: 'Vievio bendruomenė' },
  },
};

describe('InvitationPage', () => {
  it('lets a visitor sign in or register and come back', async () => {
    Object.assign(answers, { InvitationPreview: preview, Me: { me: null } });
    const { wrapper } = await mountWithApp(InvitationPage, { props: { token: 'abc' } });
    expect(wrapper.text()).toContain(
      'Esate kviečiami prisijungti prie organizacijos „Vievio bendruomenė“ (vaidmuo: Atstovas / atstovė).',
    );
    const links = wrapper.findAll('a').map((a) => [a.text(), a.attributes('href')]);
    expect(links).toEqual([
      ['Prisijungti', '/sign-in?redirect=/invitations/abc?accept=1&email=ona@example.org'],
      ['Registruotis', '/register?redirect=/invitations/abc?accept=1&email=ona@example.org'],
    ]);
  });

  it('offers to accept when signed in', async () => {
    const me = { id: 'u1', email: 'Ona@Example.org', role: 'USER', affiliations: [] };
    Object.assign(answers, { InvitationPreview: preview, Me: { me } });
    const { wrapper } = await mountWithApp(InvitationPage, { props: { token: 'abc' } });
    expect(wrapper.get('button').text()).toBe('Priimti kvietimą');
  });

  it('accepts at once when the person comes back from signing in or registering', async () => {
    executeMutation.mockClear();
    const me = { id: 'u1', email: 'ona@example.org', role: 'USER', affiliations: [] };
    Object.assign(answers, { InvitationPreview: preview, Me: { me } });
    await mountWithApp(InvitationPage, { props: { token: 'abc' }, url: '/invitations/abc?accept=1' });
    await vi.waitFor(() => expect(executeMutation).toHaveBeenCalledWith({ token: 'abc' }));
    expect(executeMutation).toHaveBeenCalledTimes(1);
  });

  it('waits for the click when the link is simply opened', async () => {
    executeMutation.mockClear();
    const me = { id: 'u1', email: 'ona@example.org', role: 'USER', affiliations: [] };
    Object.assign(answers, { InvitationPreview: preview, Me: { me } });
    await mountWithApp(InvitationPage, { props: { token: 'abc' } });
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('explains when another account is signed in', async () => {
    const me = { id: 'u2', email: 'jonas@example.org', role: 'USER', affiliations: [] };
    Object.assign(answers, { InvitationPreview: preview, Me: { me } });
    const { wrapper } = await mountWithApp(InvitationPage, { props: { token: 'abc' } });
    expect(wrapper.find('button').exists()).toBe(false);
    expect(wrapper.get('[role="alert"]').text()).toContain(
      'Šis kvietimas skirtas ona@example.org, o jūs prisijungę kaip jonas@example.org.',
    );
  });

  it('says when the invitation is no longer valid', async () => {
    Object.assign(answers, { InvitationPreview: { invitation: null }, Me: { me: null } });
    const { wrapper } = await mountWithApp(InvitationPage, { props: { token: 'old' } });
    expect(wrapper.get('[role="alert"]').text()).toContain('Kvietimas nerastas arba nebegalioja');
  });
});
