import { CombinedError } from '@urql/core';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import CallForm from './CallForm.vue';
import { callFormValues, type EditableCall } from '../composables/callForm';
import { mountWithApp } from '@/testing/mountWithApp';

const executeMutation = vi.fn();
vi.mock('@urql/vue', async () => {
  const { fakeUseQuery } = await import('@/testing/fakeQueries');
  return {
    useMutation: () => ({ executeMutation, fetching: ref(false) }),
    useQuery: fakeUseQuery({
      CallMeasures: {
        about: { strategy: { id: 's1', measures: [{ id: 'm1', code: 'VPS-1.1', title: 'Vietos verslas' }] } },
      },
      Elderships: { elderships: [{ id: 'e1', code: 'vievio', name: 'Vievio seniūnija' }] },
    }),
  };
});

beforeEach(() => executeMutation.mockReset());

const published: EditableCall = {
  number: 7,
  title: 'Bendruomenių iniciatyvos',
  body: '',
  measures: [{ id: 'm1' }],
  budgetCents: 12_000_000,
  maxSupportCents: 1_500_000,
  eligibleKinds: [],
  elderships: [],
  opensAt: '2026-11-01T07:00:00Z',
  closesAt: '2027-01-15T14:00:00Z',
  criteria: [
    { id: 'c1', title: 'Poveikis', description: '', maxScore: 10, weight: 1 },
    { id: 'c2', title: 'Partnerystė', description: '', maxScore: 5, weight: 2 },
  ],
  annexes: [],
  questions: [],
};

const mountForm = (call?: EditableCall) =>
  mountWithApp(CallForm, {
    props: call
      ? {
          call: {
            id: 'call1',
            version: 3,
            values: callFormValues(call),
            published: true,
            instants: { opensAt: call.opensAt, closesAt: call.closesAt },
          },
        }
      : {},
  });

/** The server's answer naming fields the form got wrong. */
const badInput = (fields: { field: string; code: string; message: string }[]) => ({
  error: new CombinedError({
    graphQLErrors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields } }],
  }),
});

const criteria = (wrapper: VueWrapper) =>
  wrapper.findAll<HTMLInputElement>('input[name^="criteria["][name$="].title"]').map((input) => input.element.value);
const announcement = (wrapper: VueWrapper, legend: string) =>
  wrapper
    .findAll('fieldset.list-editor')
    .find((fieldset) => fieldset.get('legend').text() === legend)!
    .get('[role="status"]')
    .text();

describe('CallForm', () => {
  it('orders criteria with buttons that name them, keeping focus on the moved one and saying where it went', async () => {
    const { wrapper } = await mountForm(published);
    const up = wrapper.findAll('button').find((button) => button.attributes('aria-label') === 'Aukštyn: Partnerystė')!;
    await up.trigger('click');
    await flushPromises();
    expect(criteria(wrapper)).toEqual(['Partnerystė', 'Poveikis']);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Aukštyn: Partnerystė');
    expect(document.activeElement?.getAttribute('aria-disabled')).toBe('true');
    expect(announcement(wrapper, 'Atrankos kriterijai')).toBe('Partnerystė: dabar 1 iš 2.');

    const remove = wrapper
      .findAll('button')
      .find((button) => button.attributes('aria-label') === 'Pašalinti: Partnerystė')!;
    await remove.trigger('click');
    await flushPromises();
    expect(criteria(wrapper)).toEqual(['Poveikis']);
    expect(announcement(wrapper, 'Atrankos kriterijai')).toBe('Pašalinta: Partnerystė.');
    expect((document.activeElement as HTMLInputElement).value).toBe('Poveikis');

    const add = wrapper.findAll('button').find((button) => button.text() === 'Pridėti kriterijų')!;
    await add.trigger('click');
    await flushPromises();
    expect(criteria(wrapper)).toEqual(['Poveikis', '']);
    expect((document.activeElement as HTMLInputElement).name).toBe('criteria[1].title');
    expect(announcement(wrapper, 'Atrankos kriterijai')).toBe('Pridėta: Kriterijus 2.');
    wrapper.unmount();
  });

  it('moves a question with its choices and their English', async () => {
    const { wrapper } = await mountForm({
      ...published,
      questions: [
        {
          id: 'q1',
          text: 'Kam skirta?',
          description: '',
          kind: 'SINGLE_CHOICE',
          options: ['Jaunimui', 'Senjorams'],
          optionsEn: ['Young people', 'Seniors'],
          required: true,
        },
        {
          id: 'q2',
          text: 'Kiek dalyvių?',
          description: '',
          kind: 'NUMBER',
          options: [],
          optionsEn: [],
          required: false,
        },
      ],
    });
    await wrapper
      .findAll('button')
      .find((button) => button.attributes('aria-label') === 'Aukštyn: Kiek dalyvių?')!
      .trigger('click');
    await flushPromises();
    const value = (name: string) => wrapper.find<HTMLInputElement>(`[name="${name}"]`).element?.value;
    expect([value('questions[0].text'), value('questions[1].text')]).toEqual(['Kiek dalyvių?', 'Kam skirta?']);
    expect(wrapper.find('[name="questions[0].options[0].text"]').exists()).toBe(false);
    expect([value('questions[1].options[0].text'), value('questions[1].options[1].text')]).toEqual([
      'Jaunimui',
      'Senjorams',
    ]);
    expect([value('questions[1].options[0].textEn'), value('questions[1].options[1].textEn')]).toEqual([
      'Young people',
      'Seniors',
    ]);
    wrapper.unmount();
  });

  it('offers choices only for a choice question', async () => {
    const { wrapper } = await mountForm();
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Pridėti klausimą')!
      .trigger('click');
    await flushPromises();
    expect(wrapper.find('input[name="questions[0].options[0].text"]').exists()).toBe(false);
    await wrapper.get('select[name="questions[0].kind"]').setValue('SINGLE_CHOICE');
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Pridėti variantą')!
      .trigger('click');
    await flushPromises();
    const label = (name: string) =>
      wrapper.get(`label[for="${wrapper.get(`input[name="${name}"]`).attributes('id')}"]`);
    expect(label('questions[0].options[0].text').text()).toContain('Variantas 1');
    expect(label('questions[0].options[0].textEn').text()).toContain('Variantas 1 anglų kalba');
    wrapper.unmount();
  });

  it('asks why a published call changes, and shows the server’s problems at the fields they name', async () => {
    executeMutation.mockResolvedValue(
      badInput([
        { field: 'input.maxSupportCents', code: 'TOO_LARGE', message: 'above the budget' },
        { field: 'input.criteria.1.weight', code: 'TOO_SMALL', message: 'must be above 0' },
      ]),
    );
    const { wrapper } = await mountForm(published);
    expect(wrapper.get('button[type="submit"]').text()).toBe('Paskelbti pakeitimą');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() =>
      expect(wrapper.findAll('.field__error').map((error) => error.text())).toEqual([
        'Priežastis turi būti nuo 3 iki 2000 simbolių.',
      ]),
    );
    expect(executeMutation).not.toHaveBeenCalled();

    await wrapper.get('textarea[name="reason"]').setValue('Padidintas biudžetas');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(1));
    expect(executeMutation.mock.calls[0]![0]).toMatchObject({
      id: 'call1',
      version: 3,
      reason: 'Padidintas biudžetas',
      input: { number: 7, budgetCents: 12_000_000, criteria: [{ id: 'c1' }, { id: 'c2' }] },
    });
    await flushPromises();
    const invalid = wrapper.findAll('[aria-invalid="true"]').map((input) => input.attributes('name'));
    expect(invalid).toEqual(['maxSupport', 'criteria[1].weight']);
    expect(wrapper.get('[role="alert"]').text()).toBe('Patikrinkite pažymėtus laukus.');
    wrapper.unmount();
  });

  it('takes each text’s English beside it, optional and marked as English, and sends it', async () => {
    executeMutation.mockResolvedValue(
      badInput([{ field: 'input.criteria.0.titleEn', code: 'TOO_LONG', message: 'too long' }]),
    );
    const { wrapper } = await mountForm(published);
    const title = wrapper.get('input[name="titleEn"]');
    expect(title.attributes('lang')).toBe('en');
    expect(wrapper.get('input[name="title"]').attributes('lang')).toBe('lt');
    expect(wrapper.get(`label[for="${title.attributes('id')}"]`).text()).toBe('Pavadinimas anglų kalba (neprivaloma)');
    expect(wrapper.get('textarea[name="bodyEn"]').attributes('lang')).toBe('en');
    await title.setValue(' Community initiatives ');
    await wrapper.get('input[name="criteria[0].titleEn"]').setValue('Impact');
    await wrapper.get('textarea[name="reason"]').setValue('Vertimas');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(1));
    expect(executeMutation.mock.calls[0]![0].input).toMatchObject({
      titleEn: 'Community initiatives',
      bodyEn: null,
      criteria: [
        { id: 'c1', titleEn: 'Impact', descriptionEn: null },
        { id: 'c2', titleEn: null, descriptionEn: null },
      ],
    });
    await flushPromises();
    expect(wrapper.findAll('[aria-invalid="true"]').map((input) => input.attributes('name'))).toEqual([
      'criteria[0].titleEn',
    ]);
    wrapper.unmount();
  });

  it('says that someone else changed the call, and offers its latest version', async () => {
    executeMutation.mockResolvedValue({
      error: new CombinedError({
        graphQLErrors: [{ message: 'Stale', extensions: { code: 'CONFLICT', currentVersion: 4 } }],
      }),
    });
    const { wrapper } = await mountForm(published);
    await wrapper.get('textarea[name="reason"]').setValue('Patikslinta');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true));
    expect(wrapper.get('[role="alert"]').text()).toContain('Kol redagavote, kažkas kitas pakeitė šį kvietimą.');
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Įkelti naujausią versiją')!
      .trigger('click');
    expect(wrapper.emitted('reload')).toHaveLength(1);
    wrapper.unmount();
  });
});
