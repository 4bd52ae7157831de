import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { choiceField, defineUrlFilters, patternField, textField } from './useUrlFilters';
import { mountWithApp } from '@/testing/mountWithApp';

const colours = ['RED', 'GREEN'] as const;
const orders = ['NAME', 'NEWEST'] as const;
type Filters = { colour: (typeof colours)[number] | ''; q: string; day: string; order: (typeof orders)[number] };

const list = defineUrlFilters<Filters>({
  colour: choiceField(colours),
  q: textField({ trim: true }),
  day: patternField(/^\d{4}-\d{2}-\d{2}$/),
  order: choiceField(orders, 'NAME', true),
});

async function setup(url: string) {
  let filters!: ReturnType<typeof list.use>;
  const Probe = defineComponent({
    setup() {
      filters = list.use();
      return () => h('p');
    },
  });
  const { router } = await mountWithApp(Probe, { url });
  return { router, filters };
}

describe('filters held in the URL', () => {
  it('reads each field by its own rule and leaves defaults out of the URL', () => {
    expect(list.parse({ colour: 'BLUE', q: ' kaimas ', day: '2026-1-1', order: ['NEWEST', 'NAME'] })).toEqual({
      colour: '',
      q: 'kaimas',
      day: '',
      order: 'NEWEST',
    });
    expect(list.toQuery(list.parse({ colour: 'RED', order: 'NAME' }))).toEqual({ colour: 'RED' });
  });

  it('counts filters, not the order, as filtering', () => {
    expect(list.isFiltered(list.parse({ order: 'NEWEST' }))).toBe(false);
    expect(list.isFiltered(list.parse({ q: 'x' }))).toBe(true);
  });

  it('builds a second quick change on the first, not on the URL it has not reached yet', async () => {
    const { router, filters } = await setup('/organisations');
    void filters.update({ colour: 'GREEN' });
    void filters.update({ q: 'upė' });
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ colour: 'GREEN', q: 'upė' });
  });

  it('clears the filters but keeps the order', async () => {
    const { router, filters } = await setup('/organisations?colour=RED&q=upe&order=NEWEST');
    expect(filters.isFiltered.value).toBe(true);
    await filters.clear();
    expect(router.currentRoute.value.query).toEqual({ order: 'NEWEST' });
    expect(filters.isFiltered.value).toBe(false);
  });
});
