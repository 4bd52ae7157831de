import { z } from 'zod';
import { centsToEuroText, euroToCents } from '@/features/initiatives/composables/initiativeEnums';
import type { CallInput, CallQuestionKind } from '@/gql/graphql';
import { isoToVilniusInput, vilniusInputToIso } from '@/lib/dateTimeInput';

/** The kinds of question whose answer is one or several of its options. */
export const choiceKinds: readonly CallQuestionKind[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE'];

/** "1,5" or "1.5" → 1.5; null when empty, NaN when not a number. */
export function decimal(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0%]/g, '').replace(',', '.');
  if (cleaned === '') return null;
  return /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

const positiveInteger = (message: string) =>
  z
    .string()
    .trim()
    .refine((value) => /^\d+$/.test(value) && Number(value) > 0, message);

const euro = z
  .string()
  .trim()
  .refine((value) => !Number.isNaN(euroToCents(value)), 'validation.euro')
  .refine((value) => (euroToCents(value) ?? 0) <= 100_000_000_00, 'validation.euroTooLarge');

const dateTime = z.string().refine((value) => vilniusInputToIso(value) !== null, 'calls.validation.dateTime');

const criterion = z.object({
  id: z.string().optional(),
  title: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  description: z.string().max(5000, 'validation.tooLong'),
  maxScore: positiveInteger('calls.validation.maxScore'),
  weight: z
    .string()
    .trim()
    .refine((value) => (decimal(value) ?? 0) > 0, 'calls.validation.weight'),
});

const annex = z.object({
  id: z.string().optional(),
  title: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  description: z.string().max(5000, 'validation.tooLong'),
  required: z.boolean(),
});

const question = z
  .object({
    id: z.string().optional(),
    text: z.string().trim().min(1, 'validation.required').max(1000, 'validation.tooLong'),
    description: z.string().max(5000, 'validation.tooLong'),
    kind: z.string().min(1, 'validation.choose'),
    options: z.array(z.string().trim().max(300, 'validation.tooLong')),
    required: z.boolean(),
  })
  .superRefine((value, context) => {
    if (!choiceKinds.includes(value.kind as CallQuestionKind)) return;
    const options = value.options.map((option) => option.trim()).filter(Boolean);
    if (new Set(options).size < 2) {
      context.addIssue({ code: 'custom', path: ['options'], message: 'calls.validation.options' });
    }
  });

/**
 * The staff form of a call: euro and numbers as typed, times as the Vilnius wall clock of a
 * `datetime-local` input. The rules mirror the server's; what only publishing needs (measures,
 * criteria, a budget) is the server's to say, so a draft can be saved unfinished.
 */
export function callFormSchema(options: { amendment: boolean }) {
  return z
    .object({
      number: positiveInteger('calls.validation.number'),
      title: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
      body: z.string().max(50000, 'validation.tooLong'),
      measureIds: z.array(z.string()),
      budget: euro.refine((value) => (euroToCents(value) ?? 0) > 0, 'calls.validation.positiveEuro'),
      minSupport: euro,
      maxSupport: euro,
      maxIntensity: z
        .string()
        .trim()
        .refine((value) => {
          const percent = decimal(value);
          return percent === null || (percent > 0 && percent <= 100);
        }, 'calls.validation.intensity'),
      eligibleKinds: z.array(z.string()),
      eldershipIds: z.array(z.string()),
      opensAt: dateTime,
      closesAt: dateTime,
      criteria: z.array(criterion),
      annexes: z.array(annex),
      questions: z.array(question),
      reason: options.amendment
        ? z.string().trim().min(3, 'validation.reasonLength').max(2000, 'validation.tooLong')
        : z.string(),
    })
    .superRefine((values, context) => {
      const budget = euroToCents(values.budget);
      const min = euroToCents(values.minSupport);
      const max = euroToCents(values.maxSupport);
      const known = (cents: number | null): cents is number => cents !== null && !Number.isNaN(cents);
      if (known(min) && known(max) && min > max) {
        context.addIssue({ code: 'custom', path: ['minSupport'], message: 'calls.validation.minOverMax' });
      }
      for (const [path, cents] of [
        ['maxSupport', max],
        ['minSupport', min],
      ] as const) {
        if (known(cents) && known(budget) && cents > budget) {
          context.addIssue({ code: 'custom', path: [path], message: 'calls.validation.overBudget' });
        }
      }
      const opens = vilniusInputToIso(values.opensAt);
      const closes = vilniusInputToIso(values.closesAt);
      if (opens && closes && closes <= opens) {
        context.addIssue({ code: 'custom', path: ['closesAt'], message: 'calls.validation.closesAfterOpens' });
      }
    });
}

export type CallFormValues = z.input<ReturnType<typeof callFormSchema>>;
export type CriterionValues = CallFormValues['criteria'][number];
export type AnnexValues = CallFormValues['annexes'][number];
export type QuestionValues = CallFormValues['questions'][number];

export const emptyCriterion = (): CriterionValues => ({ title: '', description: '', maxScore: '10', weight: '1' });
export const emptyAnnex = (): AnnexValues => ({ title: '', description: '', required: true });
export const emptyQuestion = (): QuestionValues => ({
  text: '',
  description: '',
  kind: 'TEXT',
  options: [],
  required: true,
});

export function emptyCallForm(): CallFormValues {
  return {
    number: '',
    title: '',
    body: '',
    measureIds: [],
    budget: '',
    minSupport: '',
    maxSupport: '',
    maxIntensity: '',
    eligibleKinds: [],
    eldershipIds: [],
    opensAt: '',
    closesAt: '',
    criteria: [],
    annexes: [],
    questions: [],
    reason: '',
  };
}

/** What the edit form starts from: a call as the API gives it. */
export interface EditableCall {
  number: number;
  title: string;
  body: string;
  measures: readonly { id: string }[];
  budgetCents: number;
  minSupportCents?: number | null;
  maxSupportCents?: number | null;
  maxIntensityPercent?: number | null;
  eligibleKinds: readonly string[];
  elderships: readonly { id: string }[];
  opensAt: string;
  closesAt: string;
  criteria: readonly { id: string; title: string; description: string; maxScore: number; weight: number }[];
  annexes: readonly { id: string; title: string; description: string; required: boolean }[];
  questions: readonly {
    id: string;
    text: string;
    description: string;
    kind: string;
    options: readonly string[];
    required: boolean;
  }[];
}

/** A number as a person types it in this form (a point, which every locale's input takes). */
const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function callFormValues(call: EditableCall): CallFormValues {
  return {
    number: String(call.number),
    title: call.title,
    body: call.body,
    measureIds: call.measures.map((measure) => measure.id),
    budget: centsToEuroText(call.budgetCents),
    minSupport: centsToEuroText(call.minSupportCents),
    maxSupport: centsToEuroText(call.maxSupportCents),
    maxIntensity: numberText(call.maxIntensityPercent),
    eligibleKinds: [...call.eligibleKinds],
    eldershipIds: call.elderships.map((eldership) => eldership.id),
    opensAt: isoToVilniusInput(call.opensAt),
    closesAt: isoToVilniusInput(call.closesAt),
    criteria: call.criteria.map(({ id, title, description, maxScore, weight }) => ({
      id,
      title,
      description,
      maxScore: String(maxScore),
      weight: numberText(weight),
    })),
    annexes: call.annexes.map(({ id, title, description, required }) => ({ id, title, description, required })),
    questions: call.questions.map(({ id, text, description, kind, options, required }) => ({
      id,
      text,
      description,
      kind,
      options: [...options],
      required,
    })),
    reason: '',
  };
}

/**
 * The form's values as the API's input: euro → cents, Vilnius wall clock → instants, empty → null;
 * options only for choice questions. Items keep their ids, so answers and scores stay theirs.
 * A time shown as it was (`kept`, the call's own instants) is sent as it was: the input shows
 * minutes, and the seconds it cannot show must not turn into a change (and an amendment).
 */
export function toCallInput(values: CallFormValues, kept: { opensAt?: string; closesAt?: string } = {}): CallInput {
  const instant = (typed: string, was: string | undefined) =>
    was && isoToVilniusInput(was) === typed ? was : (vilniusInputToIso(typed) ?? '');
  return {
    number: Number(values.number),
    title: values.title.trim(),
    body: values.body,
    measureIds: [...values.measureIds],
    budgetCents: euroToCents(values.budget) ?? 0,
    minSupportCents: euroToCents(values.minSupport),
    maxSupportCents: euroToCents(values.maxSupport),
    maxIntensityPercent: decimal(values.maxIntensity),
    eligibleKinds: [...values.eligibleKinds] as CallInput['eligibleKinds'],
    eldershipIds: [...values.eldershipIds],
    opensAt: instant(values.opensAt, kept.opensAt),
    closesAt: instant(values.closesAt, kept.closesAt),
    criteria: values.criteria.map((item) => ({
      ...(item.id ? { id: item.id } : {}),
      title: item.title.trim(),
      description: item.description.trim(),
      maxScore: Number(item.maxScore),
      weight: decimal(item.weight) ?? 0,
    })),
    annexes: values.annexes.map((item) => ({
      ...(item.id ? { id: item.id } : {}),
      title: item.title.trim(),
      description: item.description.trim(),
      required: item.required,
    })),
    questions: values.questions.map((item) => ({
      ...(item.id ? { id: item.id } : {}),
      text: item.text.trim(),
      description: item.description.trim(),
      kind: item.kind as CallQuestionKind,
      options: choiceKinds.includes(item.kind as CallQuestionKind)
        ? item.options.map((option) => option.trim()).filter(Boolean)
        : [],
      required: item.required,
    })),
  };
}

/** The API's names for the form's own fields (euro and percent typed as text). */
const formFieldOfServerField: Record<string, string> = {
  budgetCents: 'budget',
  minSupportCents: 'minSupport',
  maxSupportCents: 'maxSupport',
  maxIntensityPercent: 'maxIntensity',
};

/** Lists of ids chosen with checkboxes: a problem with one of them is shown at the group. */
const checkboxGroups = new Set(['measureIds', 'eligibleKinds', 'eldershipIds']);

/** The fields the form shows, as the API names them: problems with others go to the form's alert. */
export const serverFieldsShown = [
  'number',
  'title',
  'body',
  'measureIds',
  'budgetCents',
  'minSupportCents',
  'maxSupportCents',
  'maxIntensityPercent',
  'eligibleKinds',
  'eldershipIds',
  'opensAt',
  'closesAt',
  'criteria',
  'annexes',
  'questions',
  'reason',
];

/** A server field path (`maxSupportCents`, `criteria[2].weight`, `measureIds[0]`) → the form's field. */
export function formFieldOf(path: string): string {
  const top = /^[^.[]+/.exec(path)?.[0] ?? path;
  if (checkboxGroups.has(top)) return top;
  const own = formFieldOfServerField[top];
  return own ? own + path.slice(top.length) : path;
}
