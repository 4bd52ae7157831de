import { afterEach, describe, expect, it, vi } from 'vitest';
import DirectoryFilters from './DirectoryFilters.vue';
import { parseFilters } from '../composables/useDirectoryFilters';
import { mountWithApp } from '@/testing/mountWithApp';

const elderships = [
  { code: 'vievio', name: 'Vievio seniūnija' },
  { code: 'semeliskiu', name: 'Semeliškių seniūnija' },
];

async function setup(query = {}) {
  return mountWithApp(DirectoryFilters, {
    props: { filters: parseFilters(query), elderships, isFiltered: Object.keys(query).length > 0 },
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('DirectoryFilters', () => {
  it('labels every control', async () => {
    const { wrapper } = await setup();
    const labels = wrapper.findAll('label').map((label) => label.text());
    expect(labels).toEqual(['Paieška', 'Sektorius', 'Veiklos mastas', 'Narystė', 'Seniūnija', 'Rikiuoti']);
    for (const label of wrapper.findAll('label')) {
      expect(wrapper.find(`[id="${label.attributes('for')}"]`).exists()).toBe(true);
    }
  });

  it('shows the values from the URL and emits a change', async () => {
    const { wrapper } = await setup({ eldership: 'vievio' });
    const eldership = wrapper.find<HTMLSelectElement>('select[name="eldership"]');
    expect(eldership.element.value).toBe('vievio');
    await wrapper.find('select[name="sector"]').setValue('BUSINESS');
    expect(wrapper.emitted('update')).toEqual([[{ sector: 'BUSINESS' }]]);
  });

  it('debounces the search text', async () => {
    vi.useFakeTimers();
    const { wrapper } = await setup();
    await wrapper.find('input[type="search"]').setValue('Elektrėn');
    expect(wrapper.emitted('update')).toBeUndefined();
    await vi.advanceTimersByTimeAsync(400);
    expect(wrapper.emitted('update')).toEqual([[{ q: 'Elektrėn' }]]);
  });

  it('offers to clear only when filtered', async () => {
    expect((await setup()).wrapper.text()).not.toContain('Išvalyti filtrus');
    const { wrapper } = await setup({ sector: 'NGO' });
    const clear = wrapper.findAll('button').find((button) => button.text() === 'Išvalyti filtrus');
    await clear!.trigger('click');
    expect(wrapper.emitted('clear')).toHaveLength(1);
  });
});
