import { afterEach, describe, expect, it, vi } from 'vitest';
import InitiativeFilters from './InitiativeFilters.vue';
import { filtersToQuery, filtersToVariables, parseFilters } from '../composables/useInitiativeFilters';
import { mountWithApp } from '@/testing/mountWithApp';

const elderships = [{ code: 'vievio', name: 'Vievio seniūnija' }];
const measures = [{ id: 'm1', code: 'VPS-1.1', title: 'Verslumo skatinimas' }];

async function setup(query: Record<string, string> = {}) {
  return mountWithApp(InitiativeFilters, {
    props: { filters: parseFilters(query), elderships, measures, isFiltered: Object.keys(query).length > 0 },
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('initiative filters in the URL', () => {
  it('reads known values and drops unknown ones', () => {
    expect(parseFilters({ status: 'SUBMITTED', theme: 'CULTURE', sector: 'NGO', order: 'MOST_SUPPORTED' })).toEqual({
      status: 'SUBMITTED',
      theme: 'CULTURE',
      measure: '',
      eldership: '',
      sector: 'NGO',
      q: '',
      order: 'MOST_SUPPORTED',
    });
    const odd = parseFilters({ status: 'NONSENSE', theme: 'x', order: 'SIDEWAYS' });
    expect([odd.status, odd.theme, odd.order]).toEqual(['', '', 'NEWEST']);
  });

  it('orders by relevance only with search words', () => {
    expect(parseFilters({ order: 'RELEVANCE' }).order).toBe('NEWEST');
    expect(parseFilters({ order: 'RELEVANCE', q: 'turizmas' }).order).toBe('RELEVANCE');
  });

  it('round-trips through the URL, leaving out defaults', () => {
    const query = { status: 'UNDER_REVIEW', measure: 'm1', eldership: 'vievio', q: 'žygis', order: 'RELEVANCE' };
    expect(filtersToQuery(parseFilters(query))).toEqual(query);
    expect(filtersToQuery(parseFilters({}))).toEqual({});
  });

  it('becomes the API filter', () => {
    expect(
      filtersToVariables(parseFilters({ theme: 'SPORT', sector: 'BUSINESS', measure: 'm1', q: 'sporto' })),
    ).toEqual({
      filter: { themes: ['SPORT'], leadSector: ['BUSINESS'], measureIds: ['m1'], search: 'sporto' },
      orderBy: 'NEWEST',
    });
  });
});

describe('InitiativeFilters', () => {
  it('labels every control', async () => {
    const { wrapper } = await setup();
    const labels = wrapper.findAll('label').map((label) => label.text());
    expect(labels).toEqual(['Paieška', 'Būsena', 'Tema', 'Priemonė', 'Seniūnija', 'Teikėjo sektorius', 'Rikiuoti']);
    for (const label of wrapper.findAll('label')) {
      expect(wrapper.find(`[id="${label.attributes('for')}"]`).exists()).toBe(true);
    }
  });

  it('shows the values from the URL and emits changes', async () => {
    const { wrapper } = await setup({ theme: 'TOURISM', order: 'MOST_DISCUSSED' });
    expect(wrapper.find<HTMLSelectElement>('select[name="theme"]').element.value).toBe('TOURISM');
    expect(wrapper.find<HTMLSelectElement>('select[name="order"]').element.value).toBe('MOST_DISCUSSED');
    await wrapper.find('select[name="status"]').setValue('SHORTLISTED');
    expect(wrapper.emitted('update')).toEqual([[{ status: 'SHORTLISTED' }]]);
  });

  it('offers relevance only when searching', async () => {
    const optionsOf = (w: Awaited<ReturnType<typeof setup>>['wrapper']) =>
      w.findAll('select[name="order"] option').map((o) => o.attributes('value'));
    expect(optionsOf((await setup()).wrapper)).not.toContain('RELEVANCE');
    expect(optionsOf((await setup({ q: 'kultūra' })).wrapper)).toContain('RELEVANCE');
  });

  it('folds the drop-downs behind a toggle that counts the filters in use, not the search or the order', async () => {
    const { wrapper } = await setup({ theme: 'TOURISM', sector: 'NGO', q: 'žygis', order: 'MOST_DISCUSSED' });
    const toggle = wrapper.find('button[aria-expanded]');
    expect(toggle.text()).toBe('Filtrai (2)');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    const folded = wrapper.find(`[id="${toggle.attributes('aria-controls')}"]`);
    expect(folded.find('select[name="theme"]').exists()).toBe(true);
    expect(folded.find('input[type="search"]').exists()).toBe(false);
    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect((await setup()).wrapper.find('button[aria-expanded]').text()).toBe('Filtrai');
  });

  it('debounces the search text', async () => {
    vi.useFakeTimers();
    const { wrapper } = await setup();
    await wrapper.find('input[type="search"]').setValue('Elektrėn');
    expect(wrapper.emitted('update')).toBeUndefined();
    await vi.advanceTimersByTimeAsync(400);
    expect(wrapper.emitted('update')).toEqual([[{ q: 'Elektrėn' }]]);
  });
});
