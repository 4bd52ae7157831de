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
  body: 'Kviečiame **teikti**.',
  measureIds: ['m1'],
  budget: '120 000',
  minSupport: '2000',
  maxSupport: '15000,50',
  maxIntensity: '80',
  eligibleKinds: ['SCHOOL'],
  opensAt: '2026-12-01T09:00',
  closesAt: '2027-01-15T16:00',
  criteria: [{ id: 'c1', title: 'Poveikis', description: ' Kiek žmonių ', maxScore: '10', weight: '1,5' }],
  annexes: [{ title: 'Sąmata', description: '', required: true }],
  questions: [
    { id: 'q1', text: 'Ar projektas tęstinis?', description: '', kind: 'YES_NO', options: ['liko'], required: true },
    {
      text: 'Tikslinė grupė',
      description: '',
      kind: 'MULTIPLE_CHOICE',
      options: ['Jaunimas', ' ', 'Senjorai'],
      required: false,
    },
  ],
};

const issues = (input: CallFormValues, amendment = false) =>
  callFormSchema({ amendment })
    .safeParse(input)
    .error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('the call form', () => {
  it('sends cents, instants read in Vilnius, decimals with a comma, and options only for choices', () => {
    expect(issues(values)).toEqual([]);
    expect(toCallInput(values)).toEqual({
      number: 8,
      title: 'Kaimo bendruomenių iniciatyvos',
      body: 'Kviečiame **teikti**.',
      measureIds: ['m1'],
      budgetCents: 12_000_000,
      minSupportCents: 200_000,
      maxSupportCents: 1_500_050,
      maxIntensityPercent: 80,
      eligibleKinds: ['SCHOOL'],
      eldershipIds: [],
      opensAt: '2026-12-01T07:00:00.000Z',
      closesAt: '2027-01-15T14:00:00.000Z',
      criteria: [{ id: 'c1', title: 'Poveikis', description: 'Kiek žmonių', maxScore: 10, weight: 1.5 }],
      annexes: [{ title: 'Sąmata', description: '', required: true }],
      questions: [
        { id: 'q1', text: 'Ar projektas tęstinis?', description: '', kind: 'YES_NO', options: [], required: true },
        {
          text: 'Tikslinė grupė',
          description: '',
          kind: 'MULTIPLE_CHOICE',
          options: ['Jaunimas', 'Senjorai'],
          required: false,
        },
      ],
    });
  });

  it('gives back the values of a call it saved, with the items’ ids', () => {
    const call: EditableCall = {
      number: 8,
      title: 'Kaimo bendruomenių iniciatyvos',
      body: 'Tekstas',
      measures: [{ id: 'm1' }],
      budgetCents: 12_000_000,
      minSupportCents: null,
      maxSupportCents: 1_500_050,
      maxIntensityPercent: 80,
      eligibleKinds: [],
      elderships: [{ id: 'e1' }],
      opensAt: '2026-07-01T06:00:00Z',
      closesAt: '2027-01-15T14:00:00.000Z',
      criteria: [{ id: 'c1', title: 'Poveikis', description: '', maxScore: 10, weight: 1.5 }],
      annexes: [],
      questions: [
        { id: 'q1', text: 'Kas?', description: '', kind: 'SINGLE_CHOICE', options: ['A', 'B'], required: true },
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
      criteria: [{ id: 'c1', maxScore: '10', weight: '1.5' }],
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
      questions: [{ text: 'Kas?', description: '', kind: 'SINGLE_CHOICE', options: ['A', ' A '], required: true }],
    };
    expect(issues(oneChoice)).toEqual([['questions.0.options', 'calls.validation.options']]);
    expect(issues(values, true)).toEqual([['reason', 'validation.reasonLength']]);
  });

  it('refuses a score, weight or intensity that is not above zero', () => {
    const wrong = {
      ...values,
      maxIntensity: '120',
      criteria: [{ title: 'Poveikis', description: '', maxScore: '0', weight: 'daug' }],
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
    expect(formFieldOf('reason')).toBe('reason');
  });
});
