import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import InitiativeForm from './InitiativeForm.vue';
import { centsToEuroText, euroToCents } from '../composables/initiativeEnums';
import { operationName } from '@/testing/fakeQueries';
import { mountWithApp } from '@/testing/mountWithApp';

const executeMutation = vi.fn();
vi.mock('@urql/vue', () => ({
  useMutation: () => ({ executeMutation, fetching: ref(false) }),
  useQuery: ({ query }: { query: import('graphql').DocumentNode }) => {
    const answers: Record<string, unknown> = {
      InitiativeViewer: {
        me: {
          id: 'u1',
          role: 'USER',
          affiliations: [
            {
              id: 'a1',
              role: 'REPRESENTATIVE',
              organisation: { id: 'o1', slug: 'o1', name: 'Vievio bendruomenė', membership: 'MEMBER', sector: 'NGO' },
            },
            {
              id: 'a2',
              role: 'REPRESENTATIVE',
              organisation: { id: 'o2', slug: 'o2', name: 'Kita šalis', membership: 'PARTNER', sector: 'PUBLIC' },
            },
          ],
        },
      },
      InitiativeMeasures: {
        about: { strategy: { id: 's1', measures: [{ id: 'm1', code: 'VPS-1', title: 'Verslas' }] } },
      },
      Elderships: { elderships: [{ id: 'e1', code: 'vievio', name: 'Vievio seniūnija' }] },
    };
    return { data: ref(answers[operationName(query) ?? '']), fetching: ref(false), error: ref(undefined) };
  },
}));

beforeEach(() => executeMutation.mockReset());

describe('euro and cents', () => {
  it('reads euro as people type them', () => {
    expect(euroToCents('12500')).toBe(1250000);
    expect(euroToCents('12 500,50 €')).toBe(1250050);
    expect(euroToCents('0.1')).toBe(10);
    expect(euroToCents('19.99')).toBe(1999);
    expect(euroToCents('')).toBeNull();
    expect(euroToCents('12,345')).toBeNaN();
    expect(euroToCents('-5')).toBeNaN();
    expect(euroToCents('dešimt')).toBeNaN();
  });

  it('shows cents as euro in the form', () => {
    expect(centsToEuroText(1250000)).toBe('12500');
    expect(centsToEuroText(1999)).toBe('19.99');
    expect(centsToEuroText(null)).toBe('');
  });
});

describe('InitiativeForm', () => {
  it('offers only the member organisations the person represents', async () => {
    const { wrapper } = await mountWithApp(InitiativeForm);
    const options = wrapper.findAll('select[name="asOrganisationId"] option').map((o) => o.text());
    expect(options).toEqual(['Pasirinkite…', 'Vievio bendruomenė']);
  });

  it('refuses requested support above the budget, beside the field', async () => {
    const { wrapper } = await mountWithApp(InitiativeForm);
    await wrapper.get('select[name="asOrganisationId"]').setValue('o1');
    await wrapper.get('input[name="title"]').setValue('Vievio žygių takas');
    await wrapper.get('input[name="estimatedBudget"]').setValue('10 000');
    await wrapper.get('input[name="requestedSupport"]').setValue('12000');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() =>
      expect(wrapper.get('input[name="requestedSupport"]').attributes('aria-invalid')).toBe('true'),
    );
    await flushPromises();
    expect(executeMutation).not.toHaveBeenCalled();
    const requested = wrapper.get('input[name="requestedSupport"]');
    expect(requested.attributes('aria-invalid')).toBe('true');
    const error = wrapper.get(`[id="${requested.attributes('aria-describedby')!.split(' ').pop()}"]`);
    expect(error.text()).toBe('Prašoma parama negali viršyti numatomo biudžeto.');
  });

  it('sends euro as cents', async () => {
    executeMutation.mockResolvedValue({ data: { createInitiative: { id: 'i1', slug: 'vievio-zygiu-takas' } } });
    const { wrapper } = await mountWithApp(InitiativeForm);
    await wrapper.get('select[name="asOrganisationId"]').setValue('o1');
    await wrapper.get('input[name="title"]').setValue('Vievio žygių takas');
    await wrapper.get('input[value="TOURISM"]').setValue(true);
    await wrapper.get('select[name="measureId"]').setValue('m1');
    await wrapper.get('input[name="estimatedBudget"]').setValue('12 500,50');
    await wrapper.get('input[name="requestedSupport"]').setValue('10000');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toEqual([['vievio-zygiu-takas']]));
    expect(executeMutation).toHaveBeenCalledWith({
      input: expect.objectContaining({
        asOrganisationId: 'o1',
        title: 'Vievio žygių takas',
        themeCodes: ['TOURISM'],
        measureId: 'm1',
        eldershipId: null,
        estimatedBudgetCents: 1250050,
        requestedSupportCents: 1000000,
      }),
    });
  });
});
