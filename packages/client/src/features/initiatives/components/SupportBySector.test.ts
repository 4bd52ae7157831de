import { describe, expect, it } from 'vitest';
import SupportBySector from './SupportBySector.vue';
import { mountWithApp } from '@/testing/mountWithApp';

describe('SupportBySector', () => {
  it('lists every sector with its number, in words a screen reader reads', async () => {
    const { wrapper } = await mountWithApp(SupportBySector, {
      props: { bySector: [{ sector: 'PUBLIC', count: 2 }], allSectors: false },
    });
    const rows = wrapper
      .findAll('li')
      .map((li) => [li.get('.sector-bars__label').text(), li.get('.sector-bars__count').text()]);
    expect(rows).toEqual([
      ['Nevyriausybinės organizacijos', '0 organizacijų'],
      ['Verslas', '0 organizacijų'],
      ['Valdžios institucijos', '2 organizacijos'],
    ]);
    // The bars are decoration; the numbers carry the meaning.
    for (const track of wrapper.findAll('.sector-bars__track')) expect(track.attributes('aria-hidden')).toBe('true');
    expect(wrapper.text()).not.toContain('Palaiko visi trys sektoriai');
  });

  it('marks support from all three sectors', async () => {
    const { wrapper } = await mountWithApp(SupportBySector, {
      props: {
        bySector: [
          { sector: 'NGO', count: 1 },
          { sector: 'BUSINESS', count: 21 },
          { sector: 'PUBLIC', count: 4 },
        ],
        allSectors: true,
      },
    });
    expect(wrapper.text()).toContain('1 organizacija');
    expect(wrapper.text()).toContain('21 organizacija');
    expect(wrapper.text()).toContain('Palaiko visi trys sektoriai');
  });
});
