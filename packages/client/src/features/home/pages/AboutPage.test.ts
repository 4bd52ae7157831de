import { describe, expect, it, vi } from 'vitest';
import AboutPage from './AboutPage.vue';
import { mountWithApp } from '@/testing/mountWithApp';

vi.mock('@urql/vue', async () => {
  const { fakeUseQuery } = await import('@/testing/fakeQueries');
  return {
    useQuery: fakeUseQuery({
      About: {
        about: {
          boardSize: 13,
          lag: {
            id: 'lag',
            slug: 'elektrenu-vvg',
            name: 'Elektrėnų savivaldybės vietos veiklos grupė',
            description: 'Savanoriška asociacija.',
          },
          strategy: {
            id: 's',
            title: 'VPS',
            periodStart: '2023-01-01',
            periodEnd: '2029-12-31',
            vision: 'Patraukli ir patogi gyventi teritorija.',
            mission: 'Vienija NVO, savivaldą ir verslą.',
            priorities: [
              { id: 'p2', position: 2, title: 'Telkti pastangas', description: '' },
              { id: 'p1', position: 1, title: 'Dalyvauti rengiant planus', description: '' },
            ],
          },
          milestones: [
            { id: 'm3', occurredOn: '2008-04-14', title: 'Lietuvos VVG tinklo narė', description: '' },
            { id: 'm1', occurredOn: '2006-12-14', title: 'Steigiamasis susirinkimas', description: '' },
          ],
        },
        directoryStats: { memberCount: 36, membersBySector: [{ sector: 'NGO', count: 21 }] },
      },
    }),
  };
});

describe('AboutPage', () => {
  it('shows the LAG at a glance', async () => {
    const { wrapper } = await mountWithApp(AboutPage);
    expect(wrapper.get('h1').text()).toBe('Elektrėnų savivaldybės vietos veiklos grupė');
    const text = wrapper.text();
    expect(text).toContain('Patraukli ir patogi gyventi teritorija.');
    expect(text).toContain('VVG vienija 36 organizacijas nares.');
    expect(text).toContain('Visuotiniame narių susirinkime išrinkta 13 narių valdyba.');
  });

  it('orders goals by position and history by date', async () => {
    const { wrapper } = await mountWithApp(AboutPage);
    expect(wrapper.findAll('.goals__title').map((g) => g.text())).toEqual([
      'Dalyvauti rengiant planus',
      'Telkti pastangas',
    ]);
    expect(wrapper.findAll('.timeline time').map((t) => t.text())).toEqual([
      '2006 m. gruodžio 14 d.',
      '2008 m. balandžio 14 d.',
    ]);
  });
});
