import { describe, expect, it, vi } from 'vitest';
import HomePage from './HomePage.vue';
import { mountWithApp } from '@/testing/mountWithApp';

const answers = vi.hoisted(() => ({ canPropose: false, signedIn: false }));

vi.mock('@urql/vue', async () => {
  const { ref } = await import('vue');
  const { operationName } = await import('@/testing/fakeQueries');
  const home = () => ({
    about: { lag: { id: 'lag', name: 'Elektrėnų savivaldybės vietos veiklos grupė' } },
    viewerCanPropose: answers.canPropose,
    initiatives: {
      totalCount: 1,
      edges: [
        {
          node: {
            id: 'i1',
            slug: 'semeliskiu-takas',
            title: 'Semeliškių pažintinis takas',
            status: 'UNDER_REVIEW',
            submittedAt: '2026-10-16T09:00:00Z',
            createdAt: '2026-10-01T09:00:00Z',
            endorsementCount: 3,
            commentCount: 2,
            leadOrganisation: { id: 'o1', name: 'Semeliškių bendruomenė' },
          },
        },
      ],
    },
    recentComments: [
      {
        id: 'c1',
        bodyHtml: '<p>Puiki mintis</p>',
        createdAt: '2026-11-02T10:00:00Z',
        author: { id: 'u1', displayName: 'Ona' },
        organisation: { id: 'o2', name: 'Vievio klubas' },
        initiative: { id: 'i1', slug: 'semeliskiu-takas', title: 'Semeliškių pažintinis takas' },
      },
    ],
  });
  return {
    useQuery: ({ query }: { query: Parameters<typeof operationName>[0] }) => ({
      data: ref(operationName(query) === 'Home' ? home() : { me: answers.signedIn ? { id: 'u', role: 'USER' } : null }),
      fetching: ref(false),
      error: ref(undefined),
      executeQuery: () => undefined,
    }),
  };
});

describe('HomePage', () => {
  it('shows the open initiatives with their status, date, support and comments, and the latest discussion', async () => {
    const { wrapper } = await mountWithApp(HomePage);
    expect(wrapper.get('h1').text()).toBe('Elektrėnų savivaldybės vietos veiklos grupė');
    const open = wrapper.get('[aria-labelledby="open-title"]').text();
    expect(open).toContain('Semeliškių pažintinis takas');
    expect(open).toContain('Pateikta 2026 m. spalio 16 d.');
    expect(open).toContain('Palaiko 3 organizacijos');
    expect(open).toContain('2 komentarai');
    const discussion = wrapper.get('[aria-labelledby="discussion-title"]');
    expect(discussion.text()).toContain('Puiki mintis');
    expect(discussion.text()).toContain('Ona (Vievio klubas), 2026 m. lapkričio 2 d.');
    expect(wrapper.find('a[href="/about"]').exists()).toBe(true);
  });

  it('invites to propose only those the server lets propose, and tells the others how to take part', async () => {
    answers.canPropose = false;
    answers.signedIn = false;
    let { wrapper } = await mountWithApp(HomePage);
    expect(wrapper.find('a[href="/initiatives/new"]').exists()).toBe(false);
    expect(wrapper.get('#invitation-title').text()).toBe('Kaip dalyvauti');
    expect(wrapper.find('a[href="/register"]').exists()).toBe(true);

    answers.canPropose = true;
    ({ wrapper } = await mountWithApp(HomePage));
    expect(wrapper.get('#invitation-title').text()).toBe('Turite idėją?');
    expect(wrapper.get('a[href="/initiatives/new"]').text()).toBe('Siūlyti iniciatyvą');
  });
});
