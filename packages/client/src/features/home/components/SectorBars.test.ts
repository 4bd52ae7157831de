import { describe, expect, it } from 'vitest';
import SectorBars from './SectorBars.vue';
import { mountWithApp } from '@/testing/mountWithApp';

describe('SectorBars', () => {
  it('lists every sector with a Lithuanian count and a link to the filtered directory', async () => {
    const { wrapper } = await mountWithApp(SectorBars, {
      props: {
        counts: [
          { sector: 'NGO', count: 21 },
          { sector: 'BUSINESS', count: 3 },
        ],
      },
    });
    const rows = wrapper.findAll('li');
    expect(rows.map((row) => row.text())).toEqual([
      'Nevyriausybinės organizacijos21 narė',
      'Verslas3 narės',
      'Valdžios institucijos0 narių',
    ]);
    expect(wrapper.find('a').attributes('href')).toBe('/organisations?sector=NGO&membership=MEMBER');
  });

  it('scales bars to the largest sector', async () => {
    const { wrapper } = await mountWithApp(SectorBars, {
      props: {
        counts: [
          { sector: 'NGO', count: 10 },
          { sector: 'PUBLIC', count: 5 },
        ],
      },
    });
    const widths = wrapper.findAll('.sector-bars__bar').map((bar) => bar.attributes('style'));
    expect(widths).toEqual(['width: 100%;', 'width: 0%;', 'width: 50%;']);
  });
});
