import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import PartnershipFilters from './PartnershipFilters.vue';
import ViewSwitch from './ViewSwitch.vue';
import { usePartnershipFilters } from '../composables/usePartnershipFilters';
import { mountWithApp } from '@/testing/mountWithApp';

const staff = [
  { id: '8f0c1f0e-1111-4a4a-9b9b-000000000001', displayName: 'Justinas Mockus' },
  { id: '8f0c1f0e-1111-4a4a-9b9b-000000000002', displayName: 'Rasa Vaitkevičiūtė' },
];

// The tracker's wiring: the filters and the view switch read the URL and write to it.
const Tracker = defineComponent({
  setup() {
    const { filters, isFiltered, update, clear } = usePartnershipFilters();
    return () =>
      h('div', [
        h(PartnershipFilters, {
          filters: filters.value,
          staff,
          isFiltered: isFiltered.value,
          onUpdate: update,
          onClear: clear,
        }),
        h(ViewSwitch, { view: filters.value.view, onChange: (view) => update({ view }) }),
      ]);
  },
});

const setup = (url = '/staff/partnerships') => mountWithApp(Tracker, { url });
const select = (wrapper: Awaited<ReturnType<typeof setup>>['wrapper'], name: string) =>
  wrapper.get<HTMLSelectElement>(`select[name="${name}"]`);

afterEach(() => {
  vi.useRealTimers();
});

describe('tracker filters ↔ URL', () => {
  it('labels every control', async () => {
    const { wrapper } = await setup();
    expect(wrapper.findAll('label').map((label) => label.text())).toEqual([
      'Paieška',
      'Mastas',
      'Rūšis',
      'Būsena',
      'Atsakingas asmuo',
      'Susisiekti iki',
      'Rikiuoti',
    ]);
    for (const label of wrapper.findAll('label')) {
      expect(wrapper.find(`[id="${label.attributes('for')}"]`).exists()).toBe(true);
    }
    expect(wrapper.get('[role="group"]').attributes('aria-label')).toBe('Rodinys');
    expect(wrapper.findAll('[role="group"] button').map((b) => b.text())).toEqual(['Lentelė', 'Lenta pagal būseną']);
  });

  it('shows what the URL says', async () => {
    const { wrapper } = await setup(
      '/staff/partnerships?scope=INTERNATIONAL&status=NEGOTIATING&owner=me&due=2026-04-30&order=NEWEST&view=board&q=amat',
    );
    expect(select(wrapper, 'scope').element.value).toBe('INTERNATIONAL');
    expect(select(wrapper, 'status').element.value).toBe('NEGOTIATING');
    expect(select(wrapper, 'owner').element.value).toBe('me');
    expect(select(wrapper, 'owner').element.selectedOptions[0]!.text).toBe('Tik mano');
    expect(select(wrapper, 'order').element.value).toBe('NEWEST');
    expect(wrapper.get<HTMLInputElement>('input[name="due"]').element.value).toBe('2026-04-30');
    expect(wrapper.get<HTMLInputElement>('input[name="q"]').element.value).toBe('amat');
    expect(wrapper.get('button[aria-pressed="true"]').text()).toBe('Lenta pagal būseną');
  });

  it('writes each choice to the URL, keeping the others', async () => {
    const { wrapper, router } = await setup('/staff/partnerships?view=board');
    await select(wrapper, 'kind').setValue('JOINT_PROJECT');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ kind: 'JOINT_PROJECT', view: 'board' });

    await select(wrapper, 'owner').setValue(staff[1]!.id);
    await wrapper.get('input[name="due"]').setValue('2026-05-01');
    await wrapper.get('input[name="due"]').trigger('change');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({
      kind: 'JOINT_PROJECT',
      owner: staff[1]!.id,
      due: '2026-05-01',
      view: 'board',
    });

    await wrapper.get('button[aria-pressed="false"]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query.view).toBeUndefined();
    expect(wrapper.get('button[aria-pressed="true"]').text()).toBe('Lentelė');
  });

  it('writes the search text after a pause, and follows the back button', async () => {
    vi.useFakeTimers();
    const { wrapper, router } = await setup('/staff/partnerships?status=ACTIVE');
    await wrapper.get('input[name="q"]').setValue('tinkl');
    expect(router.currentRoute.value.query.q).toBeUndefined();
    await vi.advanceTimersByTimeAsync(400);
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ status: 'ACTIVE', q: 'tinkl' });
    vi.useRealTimers();

    router.back();
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ status: 'ACTIVE' }));
    await flushPromises();
    expect(wrapper.get<HTMLInputElement>('input[name="q"]').element.value).toBe('');
  });

  it('clears the filters but keeps the view and the order', async () => {
    const { wrapper, router } = await setup('/staff/partnerships?scope=LOCAL&owner=me&order=NEWEST&view=board');
    await wrapper.get('.filters__actions button').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ order: 'NEWEST', view: 'board' });
    expect(wrapper.find('.filters__actions button').exists()).toBe(false);
  });
});
