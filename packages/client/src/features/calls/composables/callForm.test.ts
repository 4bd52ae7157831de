import { describe, expect, it } from 'vitest';
import {
  callFormSchema,
  callFormValues,
  emptyCallForm,
  formFieldOf,
  toCallInput,
  type CallFormValues,
  type EditableCall,
} from './callForm';

const values: CallFormValues = {
  ...emptyCallForm(),
  number: '8',
  title: 'Kaimo bendruomenių iniciatyvos',
  titleEn: ' Rural community initiatives ',
  body: 'Kviečiame **teikti**.',
  measureIds: ['m1'],
  budget: '120 000',
  minSupport: '2000',
  maxSupport: '15000,50',
  maxIntensity: '80',
  eligibleKinds: ['SCHOOL'],
  opensAt: '2026-12-01T09:00',
  closesAt: '2027-01-15T16:00',
  criteria: [
    {
      id: 'c1',
      title: 'Poveikis',
      titleEn: 'Impact',
      description: ' Kiek žmonių ',
      descriptionEn: '  ',
      maxScore: '10',
      weight: '1,5',
    },
  ],
  annexes: [{ title: 'Sąmata', titleEn: '', description: '', descriptionEn: '', required: true }],
  questions: [
    {
      id: 'q1',
      text: 'Ar projektas tęstinis?',
      textEn: '',
      description: '',
      descriptionEn: '',
      kind: 'YES_NO',
      options: [{ text: 'liko', textEn: 'left over' }],
      required: true,
    },
    {
      text: 'Tikslinė grupė',
      textEn: 'Target group',
      description: '',
      descriptionEn: '',
      kind: 'MULTIPLE_CHOICE',
      options: [
        { text: 'Jaunimas', textEn: 'Young people ' },
        { text: ' ', textEn: '' },
        { text: 'Senjorai', textEn: 'Seniors' },
      ],
      required: false,
    },
  ],
};

const issues = (input: CallFormValues, amendment = false) =>
  callFormSchema({ amendment })
    .safeParse(input)
    .error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('the call form', () => {
  it('sends cents, instants read in Vilnius, decimals with a comma, options only for choices, and English where typed', () => {
    expect(issues(values)).toEqual([]);
    expect(toCallInput(values)).toEqual({
      number: 8,
      title: 'Kaimo bendruomenių iniciatyvos',
      titleEn: 'Rural community initiatives',
      body: 'Kviečiame **teikti**.',
      bodyEn: null,
      measureIds: ['m1'],
      budgetCents: 12_000_000,
      minSupportCents: 200_000,
      maxSupportCents: 1_500_050,
      maxIntensityPercent: 80,
      eligibleKinds: ['SCHOOL'],
      eldershipIds: [],
      opensAt: '2026-12-01T07:00:00.000Z',
      closesAt: '2027-01-15T14:00:00.000Z',
      criteria: [
        {
          id: 'c1',
          title: 'Poveikis',
          titleEn: 'Impact',
          description: 'Kiek žmonių',
          descriptionEn: null,
          maxScore: 10,
          weight: 1.5,
        },
      ],
      annexes: [{ title: 'Sąmata', titleEn: null, description: '', descriptionEn: null, required: true }],
      questions: [
        {
          id: 'q1',
          text: 'Ar projektas tęstinis?',
          textEn: null,
          description: '',
          descriptionEn: null,
          kind: 'YES_NO',
          options: [],
          optionsEn: [],
          required: true,
        },
        {
          text: 'Tikslinė grupė',
          textEn: 'Target group',
          description: '',
          descriptionEn: null,
          kind: 'MULTIPLE_CHOICE',
          options: ['Jaunimas', 'Senjorai'],
          optionsEn: ['Young people', 'Seniors'],
          required: false,
        },
      ],
    });
  });

  it('sends a question’s English choices all or none, and says so when only some are typed', () => {
    const question = values.questions[1]!;
    const untranslated = { ...question, options: question.options.map((option) => ({ ...option, textEn: ' ' })) };
    expect(toCallInput({ ...values, questions: [untranslated] }).questions[0]).toMatchObject({
      options: ['Jaunimas', 'Senjorai'],
      optionsEn: [],
    });
    const partly = { ...question, options: [question.options[0]!, { text: 'Senjorai', textEn: '' }] };
    expect(issues({ ...values, questions: [partly] })).toEqual([['questions.0.options', 'calls.validation.optionsEn']]);
  });

  it('gives back the values of a call it saved, with the items’ ids', () => {
    const call: EditableCall = {
      number: 8,
      title: 'Kaimo bendruomenių iniciatyvos',
      titleEn: null,
      body: 'Tekstas',
      bodyEn: 'Text',
      measures: [{ id: 'm1' }],
      budgetCents: 12_000_000,
      minSupportCents: null,
      maxSupportCents: 1_500_050,
      maxIntensityPercent: 80,
      eligibleKinds: [],
      elderships: [{ id: 'e1' }],
      opensAt: '2026-07-01T06:00:00Z',
      closesAt: '2027-01-15T14:00:00.000Z',
      criteria: [
        { id: 'c1', title: 'Poveikis', titleEn: null, description: '', descriptionEn: null, maxScore: 10, weight: 1.5 },
      ],
      annexes: [],
      questions: [
        {
          id: 'q1',
          text: 'Kas?',
          textEn: 'Who?',
          description: '',
          descriptionEn: null,
          kind: 'SINGLE_CHOICE',
          options: ['A', 'B'],
          optionsEn: ['A in English', 'B in English'],
          required: true,
        },
      ],
    };
    const form = callFormValues(call);
    expect(form).toMatchObject({
      budget: '120000',
      minSupport: '',
      maxSupport: '15000.50',
      maxIntensity: '80',
      opensAt: '2026-07-01T09:00',
      closesAt: '2027-01-15T16:00',
      titleEn: '',
      bodyEn: 'Text',
      criteria: [{ id: 'c1', titleEn: '', maxScore: '10', weight: '1.5' }],
      questions: [
        {
          options: [
            { text: 'A', textEn: 'A in English' },
            { text: 'B', textEn: 'B in English' },
          ],
        },
      ],
      eldershipIds: ['e1'],
    });
    const input = toCallInput(form);
    expect(input).toMatchObject({ opensAt: '2026-07-01T06:00:00.000Z', closesAt: call.closesAt });
    // Seconds the inputs cannot show stay as they were, unless the time is changed.
    const stored = { opensAt: '2026-07-01T06:00:42.120Z', closesAt: '2027-01-15T14:00:30.000Z' };
    expect(toCallInput(callFormValues({ ...call, ...stored }), stored)).toMatchObject(stored);
    expect(
      toCallInput({ ...callFormValues({ ...call, ...stored }), closesAt: '2027-01-16T16:00' }, stored),
    ).toMatchObject({
      opensAt: stored.opensAt,
      closesAt: '2027-01-16T14:00:00.000Z',
    });
    expect(input.questions[0]).toEqual({ ...call.questions[0] });
  });

  it('refuses support above the budget or the least above the most, and a close before the opening', () => {
    expect(issues({ ...values, minSupport: '20000', maxSupport: '10000', closesAt: '2026-12-01T09:00' })).toEqual([
      ['minSupport', 'calls.validation.minOverMax'],
      ['closesAt', 'calls.validation.closesAfterOpens'],
    ]);
    expect(issues({ ...values, maxSupport: '130000' })).toEqual([['maxSupport', 'calls.validation.overBudget']]);
  });

  it('asks for two different choices of a choice question, and for a reason in an amendment', () => {
    const oneChoice = {
      ...values,
      questions: [
        {
          ...values.questions[1]!,
          kind: 'SINGLE_CHOICE',
          options: [
            { text: 'A', textEn: '' },
            { text: ' A ', textEn: '' },
          ],
        },
      ],
    };
    expect(issues(oneChoice)).toEqual([['questions.0.options', 'calls.validation.options']]);
    expect(issues(values, true)).toEqual([['reason', 'validation.reasonLength']]);
  });

  it('refuses a score, weight or intensity that is not above zero', () => {
    const wrong = {
      ...values,
      maxIntensity: '120',
      criteria: [{ ...values.criteria[0]!, maxScore: '0', weight: 'daug' }],
    };
    expect(issues(wrong)).toEqual([
      ['maxIntensity', 'calls.validation.intensity'],
      ['criteria.0.maxScore', 'calls.validation.maxScore'],
      ['criteria.0.weight', 'calls.validation.weight'],
    ]);
  });
});

describe('formFieldOf', () => {
  it('shows a server problem at the form field it names', () => {
    expect(formFieldOf('maxSupportCents')).toBe('maxSupport');
    expect(formFieldOf('criteria[2].weight')).toBe('criteria[2].weight');
    expect(formFieldOf('measureIds[0]')).toBe('measureIds');
    expect(formFieldOf('questions[1].options')).toBe('questions[1].options');
    expect(formFieldOf('questions[1].optionsEn')).toBe('questions[1].options');
    expect(formFieldOf('titleEn')).toBe('titleEn');
    expect(formFieldOf('reason')).toBe('reason');
  });
});
