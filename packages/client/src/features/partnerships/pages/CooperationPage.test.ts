import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import CooperationPage from './CooperationPage.vue';
import type { CooperationPartnershipFragment } from '@/gql/graphql';
import { mountWithApp } from '@/testing/mountWithApp';

// Hoisted with the mock below, which answers with them.
const { lag, partnerships } = vi.hoisted(() => {
  const lag = { id: 'lag', slug: 'elektrenu-vvg', name: 'Elektrėnų savivaldybės vietos veiklos grupė', country: 'LT' };
  const organisation = (id: string, name: string, country: string) => ({ id, slug: id, name, country });

  const partnerships: CooperationPartnershipFragment[] = [
    {
      id: 'p1',
      slug: 'naryste-lietuvos-vvg-tinkle',
      title: 'Narystė Lietuvos VVG tinkle',
      kind: 'NETWORK_MEMBERSHIP',
      scope: 'NATIONAL',
      status: 'ACTIVE',
      startDate: '2008-04-14',
      endDate: null,
      publicDescription: 'Nuo 2008 m. VVG yra tinklo narė.',
      parties: [
        { role: 'MEMBER', organisation: lag },
        { role: 'LEAD', organisation: organisation('lietuvos-vvg-tinklas', 'Lietuvos VVG tinklas', 'LT') },
      ],
      relatedInitiatives: [],
    },
    {
      id: 'p2',
      slug: 'amatu-keliai-be-sienu',
      title: 'Amatų keliai be sienų',
      kind: 'TRANSNATIONAL_PROJECT',
      scope: 'INTERNATIONAL',
      status: 'ACTIVE',
      startDate: '2025-05-01',
      endDate: '2027-06-30',
      publicDescription: 'Tarptautinis amatų maršrutas.',
      parties: [
        { role: 'LEAD', organisation: lag },
        { role: 'PARTNER', organisation: organisation('zalas-upes-partneriba', 'Zaļās upes partnerība', 'LV') },
        {
          role: 'PARTNER',
          organisation: organisation('semeliskiu-amatininkai', 'Semeliškių amatininkų draugija', 'LT'),
        },
      ],
      relatedInitiatives: [{ id: 'i1', title: 'Semeliškių amatų mugė' }],
    },
    {
      id: 'p3',
      slug: 'leader-jarvimaa',
      title: 'Patirties mainai su Suomija',
      kind: 'COOPERATION_AGREEMENT',
      scope: 'INTERNATIONAL',
      status: 'COMPLETED',
      startDate: '2022-01-01',
      endDate: '2023-01-01',
      publicDescription: '',
      parties: [
        { role: 'PARTNER', organisation: lag },
        { role: 'PARTNER', organisation: organisation('leader-jarvimaa', 'Leader Järvimaa', 'FI') },
      ],
      relatedInitiatives: [],
    },
  ];
  return { lag, partnerships };
});

vi.mock('@urql/vue', async () => {
  const { fakeUseQuery } = await import('@/testing/fakeQueries');
  const answer = fakeUseQuery({
    Cooperation: {
      partnerships: {
        totalCount: 3,
        pageInfo: { hasNextPage: false, endCursor: 'c3' },
        edges: partnerships.map((node, i) => ({ cursor: `c${i + 1}`, node })),
      },
    },
    Lag: { about: { lag: { id: lag.id, slug: lag.slug, country: lag.country } } },
    Me: { me: null },
  });
  return {
    useQuery: (args: Parameters<typeof answer>[0]) => ({ ...answer(args), operation: ref({ variables: {} }) }),
  };
});

describe('CooperationPage', () => {
  it('groups partnerships by scope, then by the partners’ country', async () => {
    const { wrapper } = await mountWithApp(CooperationPage);
    const headings = wrapper.findAll('h1, h2, h3, h4').map((h) => `${h.element.tagName} ${h.text()}`);
    expect(headings).toEqual([
      'H1 Bendradarbiavimas',
      'H2 Vietos',
      'H2 Nacionalinis',
      'H3 Lietuva',
      'H4 Narystė Lietuvos VVG tinkle',
      'H2 Tarptautinis',
      'H3 Latvija',
      'H4 Amatų keliai be sienų',
      'H3 Suomija',
      'H4 Patirties mainai su Suomija',
    ]);
    expect(wrapper.get('[role="status"]').text()).toBe('Iš viso 3 partnerystės');
    expect(wrapper.get('.empty-state').text()).toBe('Šiuo metu tokių partnerysčių nėra.');
  });

  it('shows each partnership’s parties as links, its status, dates and related initiatives', async () => {
    const { wrapper } = await mountWithApp(CooperationPage);
    const card = wrapper.findAll('article.card')[1]!;
    expect(card.findAll('a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Elektrėnų savivaldybės vietos veiklos grupė', '/organisations/elektrenu-vvg'],
      ['Zaļās upes partnerība', '/organisations/zalas-upes-partneriba'],
      ['Semeliškių amatininkų draugija', '/organisations/semeliskiu-amatininkai'],
    ]);
    const text = card.text();
    expect(text).toContain('Vykdoma');
    expect(text).toContain('Tarptautinis bendradarbiavimo projektas');
    expect(text).toContain('2025 m. gegužės 1 d. – 2027 m. birželio 30 d.');
    expect(text).toContain('Semeliškių amatų mugė');
    expect(text).toContain('(Pagrindinis partneris)');
  });

  it('names countries in the reader’s language', async () => {
    const { wrapper } = await mountWithApp(CooperationPage, { locale: 'en' });
    expect(wrapper.findAll('h2, h3').map((h) => h.text())).toEqual([
      'Local',
      'National',
      'Lithuania',
      'International',
      'Finland',
      'Latvia',
    ]);
  });
});
