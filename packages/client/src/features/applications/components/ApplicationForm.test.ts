import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import ApplicationForm from './ApplicationForm.vue';
import type { ApplicationQuestion } from '../composables/answers';
import type { AppLocale } from '@/i18n';
import { mountWithApp } from '@/testing/mountWithApp';

const executeMutation = vi.fn();
vi.mock('@urql/vue', () => ({
  useMutation: () => ({ executeMutation, fetching: ref(false) }),
}));

beforeEach(() => executeMutation.mockReset());

/** One of the call's questions; its choices read as they are held unless told (a Lithuanian page). */
const question = (
  fields: Pick<ApplicationQuestion, 'id' | 'text' | 'kind'> & Partial<ApplicationQuestion>,
): ApplicationQuestion => ({
  description: '',
  options: [],
  required: true,
  untranslated: [],
  ...fields,
  optionLabels: fields.optionLabels ?? fields.options ?? [],
});

const questions = [
  question({ id: 'q-text', text: 'Kam skirtas projektas?', kind: 'TEXT' }),
  question({ id: 'q-number', text: 'Kiek gyventojų?', kind: 'NUMBER' }),
  question({ id: 'q-one', text: 'Kur?', kind: 'SINGLE_CHOICE', options: ['Vievis', 'Kietaviškės'] }),
  question({
    id: 'q-many',
    text: 'Kam?',
    kind: 'MULTIPLE_CHOICE',
    options: ['Jaunimui', 'Senjorams'],
    required: false,
  }),
  question({ id: 'q-yes', text: 'Ar turite partnerių?', description: 'Bent vieną.', kind: 'YES_NO' }),
];

function mountForm(
  problems: { field: string; code: string; message: string }[] = [],
  { shown = questions, locale = 'lt' }: { shown?: readonly ApplicationQuestion[]; locale?: AppLocale } = {},
) {
  return mountWithApp(ApplicationForm, {
    locale,
    props: {
      application: {
        id: 'app1',
        version: 3,
        status: 'DRAFT',
        eligibleCostsCents: 2500000,
        viewerCanSubmit: false,
        answers: [{ question: { id: 'q-one' }, value: 'Vievis' }],
        problems,
      },
      questions: shown,
      initiativeTitle: 'Salos takas',
      onSubmitted: () => {},
    },
  });
}

describe('ApplicationForm', () => {
  it('asks each question with the control its kind takes, named by the question', async () => {
    const { wrapper } = await mountForm();
    expect(wrapper.get('#application-answers-q-text').element.tagName).toBe('TEXTAREA');
    expect(wrapper.get('#application-answers-q-number').attributes('inputmode')).toBe('decimal');
    expect(wrapper.findAll('input[type="radio"][name="application-answers-q-one"]')).toHaveLength(2);
    expect(wrapper.get<HTMLInputElement>('input[value="Vievis"]').element.checked).toBe(true);
    expect(wrapper.findAll('input[type="checkbox"]')).toHaveLength(2);
    const yesNo = wrapper.findAll('fieldset').find((fieldset) => fieldset.text().includes('Ar turite partnerių?'))!;
    expect(yesNo.findAll('label').map((label) => label.text())).toEqual(['Taip', 'Ne']);
    expect(yesNo.get('legend').text()).toBe('Ar turite partnerių?');
    expect(wrapper.get<HTMLInputElement>('#application-eligibleCostsCents').element.value).toBe('25000');
  });

  it('shows the server’s checks at the fields they name', async () => {
    const { wrapper } = await mountForm([
      { field: 'answers.q-yes', code: 'REQUIRED_TO_SUBMIT', message: 'Answer it.' },
    ]);
    const yesNo = wrapper.findAll('fieldset').find((fieldset) => fieldset.text().includes('Ar turite partnerių?'))!;
    expect(yesNo.get('.field__error').text()).toBe('užpildykite prieš pateikdami.');
    expect(yesNo.attributes('aria-describedby')).toContain(yesNo.get('.field__error').attributes('id'));
  });

  it('saves the answers as the API takes them, and puts a refusal beside its question', async () => {
    executeMutation.mockResolvedValue({
      error: {
        graphQLErrors: [
          {
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ field: 'input.answers.1.value', code: 'TOO_LARGE', message: 'Too large.' }],
            },
          },
        ],
      },
    });
    const { wrapper } = await mountForm();
    await wrapper.get('#application-answers-q-text').setValue('Bendruomenei');
    await wrapper.get('#application-answers-q-number').setValue('1 200');
    await wrapper.get('input[value="Senjorams"]').setValue(true);
    await wrapper.get('input[value="yes"]').setValue(true);
    await wrapper.get('#application-eligibleCostsCents').setValue('30000,50');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(executeMutation).toHaveBeenCalled());
    expect(executeMutation).toHaveBeenCalledWith({
      id: 'app1',
      version: 3,
      input: {
        eligibleCostsCents: 3000050,
        answers: [
          { questionId: 'q-text', value: 'Bendruomenei' },
          { questionId: 'q-number', value: 1200 },
          { questionId: 'q-one', value: 'Vievis' },
          { questionId: 'q-many', value: ['Senjorams'] },
          { questionId: 'q-yes', value: true },
        ],
      },
    });
    await vi.waitFor(() =>
      expect(wrapper.get('#application-answers-q-number').attributes('aria-invalid')).toBe('true'),
    );
    expect(wrapper.text()).toContain('Reikšmė per didelė.');
  });

  it('reads the questions in English where the call gives it, marks the Lithuanian, and keeps answering by the Lithuanian', async () => {
    executeMutation.mockResolvedValue({ data: { updateApplication: { id: 'app1', version: 4 } } });
    const { wrapper } = await mountForm([], {
      locale: 'en',
      shown: [
        question({
          id: 'q-one',
          text: 'Where?',
          description: 'Where most of it happens.',
          kind: 'SINGLE_CHOICE',
          options: ['Vievis', 'Kietaviškės'],
          optionLabels: ['Vievis town', 'Kietaviškės village'],
        }),
        question({
          id: 'q-many',
          text: 'Kam?',
          description: 'Pažymėkite visas.',
          kind: 'MULTIPLE_CHOICE',
          options: ['Jaunimui', 'Senjorams'],
          required: false,
          untranslated: ['text', 'description', 'options'],
        }),
      ],
    });
    const [where, whom] = wrapper.findAll('fieldset');
    expect(where!.findAll('label').map((label) => label.text())).toEqual(['Vievis town', 'Kietaviškės village']);
    expect(where!.get<HTMLInputElement>('input[value="Vievis"]').element.checked).toBe(true);
    expect(where!.findAll('[lang]')).toHaveLength(0);
    // Only the call's Lithuanian is marked: the page's own words around it are English.
    expect(whom!.get('legend').text()).toBe('Kam? (optional)');
    expect(whom!.get('legend [lang="lt"]').text()).toBe('Kam?');
    expect(whom!.get('.field__hint').attributes('lang')).toBe('lt');
    expect(whom!.findAll('label [lang="lt"]').map((label) => label.text())).toEqual(['Jaunimui', 'Senjorams']);

    await where!.get('input[value="Kietaviškės"]').setValue(true);
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(executeMutation).toHaveBeenCalled());
    expect(executeMutation.mock.calls[0]![0].input.answers).toEqual([
      { questionId: 'q-one', value: 'Kietaviškės' },
      { questionId: 'q-many', value: null },
    ]);
  });

  it('refuses an amount it cannot read before sending anything', async () => {
    const { wrapper } = await mountForm();
    await wrapper.get('#application-eligibleCostsCents').setValue('daug');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() =>
      expect(wrapper.get('#application-eligibleCostsCents').attributes('aria-invalid')).toBe('true'),
    );
    expect(executeMutation).not.toHaveBeenCalled();
  });
});
