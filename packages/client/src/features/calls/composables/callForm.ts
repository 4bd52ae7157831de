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

/** An English copy of a text: optional, as long as its Lithuanian may be. */
const english = (max: number) => z.string().max(max, 'validation.tooLong');

const criterion = z.object({
  id: z.string().optional(),
  title: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  titleEn: english(300),
  description: z.string().max(5000, 'validation.tooLong'),
  descriptionEn: english(5000),
  maxScore: positiveInteger('calls.validation.maxScore'),
  weight: z
    .string()
    .trim()
    .refine((value) => (decimal(value) ?? 0) > 0, 'calls.validation.weight'),
});

const annex = z.object({
  id: z.string().optional(),
  title: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  titleEn: english(300),
  description: z.string().max(5000, 'validation.tooLong'),
  descriptionEn: english(5000),
  required: z.boolean(),
});

const question = z
  .object({
    id: z.string().optional(),
    text: z.string().trim().min(1, 'validation.required').max(1000, 'validation.tooLong'),
    textEn: english(1000),
    description: z.string().max(5000, 'validation.tooLong'),
    descriptionEn: english(5000),
    kind: z.string().min(1, 'validation.choose'),
    /** each choice with its English copy beside it, so both move and go together */
    options: z.array(
      z.object({
        text: z.string().trim().max(300, 'validation.tooLong'),
        textEn: z.string().trim().max(300, 'validation.tooLong'),
      }),
    ),
    required: z.boolean(),
  })
  .superRefine((value, context) => {
    if (!choiceKinds.includes(value.kind as CallQuestionKind)) return;
    const options = value.options.filter((option) => option.text.trim());
    if (new Set(options.map((option) => option.text.trim())).size < 2) {
      context.addIssue({ code: 'custom', path: ['options'], message: 'calls.validation.options' });
    }
    const translated = options.filter((option) => option.textEn.trim()).length;
    if (translated && translated < options.length) {
      context.addIssue({ code: 'custom', path: ['options'], message: 'calls.validation.optionsEn' });
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
      titleEn: english(300),
      body: z.string().max(50000, 'validation.tooLong'),
      bodyEn: english(50000),
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
export type OptionValues = QuestionValues['options'][number];

export const emptyCriterion = (): CriterionValues => ({
  title: '',
  titleEn: '',
  description: '',
  descriptionEn: '',
  maxScore: '10',
  weight: '1',
});
export const emptyAnnex = (): AnnexValues => ({
  title: '',
  titleEn: '',
  description: '',
  descriptionEn: '',
  required: true,
});
export const emptyOption = (): OptionValues => ({ text: '', textEn: '' });
export const emptyQuestion = (): QuestionValues => ({
  text: '',
  textEn: '',
  description: '',
  descriptionEn: '',
  kind: 'TEXT',
  options: [],
  required: true,
});

export function emptyCallForm(): CallFormValues {
  return {
    number: '',
    title: '',
    titleEn: '',
    body: '',
    bodyEn: '',
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

/** What the edit form starts from: a call as the API gives it, its texts in both languages. */
export interface EditableCall {
  number: number;
  title: string;
  titleEn?: string | null;
  body: string;
  bodyEn?: string | null;
  measures: readonly { id: string }[];
  budgetCents: number;
  minSupportCents?: number | null;
  maxSupportCents?: number | null;
  maxIntensityPercent?: number | null;
  eligibleKinds: readonly string[];
  elderships: readonly { id: string }[];
  opensAt: string;
  closesAt: string;
  criteria: readonly (Translated<'title' | 'description'> & { id: string; maxScore: number; weight: number })[];
  annexes: readonly (Translated<'title' | 'description'> & { id: string; required: boolean })[];
  questions: readonly (Translated<'text' | 'description'> & {
    id: string;
    kind: string;
    options: readonly string[];
    optionsEn: readonly string[];
    required: boolean;
  })[];
}

/** Texts of a list item with their English copies (`titleEn`), null where none is given. */
type Translated<K extends string> = Record<K, string> & Partial<Record<`${K}En`, string | null>>;

/** A number as a person types it in this form (a point, which every locale's input takes). */
const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function callFormValues(call: EditableCall): CallFormValues {
  return {
    number: String(call.number),
    title: call.title,
    titleEn: call.titleEn ?? '',
    body: call.body,
    bodyEn: call.bodyEn ?? '',
    measureIds: call.measures.map((measure) => measure.id),
    budget: centsToEuroText(call.budgetCents),
    minSupport: centsToEuroText(call.minSupportCents),
    maxSupport: centsToEuroText(call.maxSupportCents),
    maxIntensity: numberText(call.maxIntensityPercent),
    eligibleKinds: [...call.eligibleKinds],
    eldershipIds: call.elderships.map((eldership) => eldership.id),
    opensAt: isoToVilniusInput(call.opensAt),
    closesAt: isoToVilniusInput(call.closesAt),
    criteria: call.criteria.map(({ id, title, titleEn, description, descriptionEn, maxScore, weight }) => ({
      id,
      title,
      titleEn: titleEn ?? '',
      description,
      descriptionEn: descriptionEn ?? '',
      maxScore: String(maxScore),
      weight: numberText(weight),
    })),
    annexes: call.annexes.map(({ id, title, titleEn, description, descriptionEn, required }) => ({
      id,
      title,
      titleEn: titleEn ?? '',
      description,
      descriptionEn: descriptionEn ?? '',
      required,
    })),
    questions: call.questions.map(
      ({ id, text, textEn, description, descriptionEn, kind, options, optionsEn, required }) => ({
        id,
        text,
        textEn: textEn ?? '',
        description,
        descriptionEn: descriptionEn ?? '',
        kind,
        options: options.map((option, index) => ({ text: option, textEn: optionsEn[index] ?? '' })),
        required,
      }),
    ),
    reason: '',
  };
}

/** An English copy as the API takes it: none (null) where nothing is typed. */
const englishInput = (text: string) => text.trim() || null;

/** A choice question's choices without the empty rows, in Lithuanian and (all or none) in English. */
function choicesInput(options: readonly OptionValues[]): { options: string[]; optionsEn: string[] } {
  const given = options.filter((option) => option.text.trim());
  const english = given.map((option) => option.textEn.trim());
  return { options: given.map((option) => option.text.trim()), optionsEn: english.some(Boolean) ? english : [] };
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
    titleEn: englishInput(values.titleEn),
    body: values.body,
    // Markdown keeps its white space, as the Lithuanian does.
    bodyEn: values.bodyEn.trim() ? values.bodyEn : null,
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
      titleEn: englishInput(item.titleEn),
      description: item.description.trim(),
      descriptionEn: englishInput(item.descriptionEn),
      maxScore: Number(item.maxScore),
      weight: decimal(item.weight) ?? 0,
    })),
    annexes: values.annexes.map((item) => ({
      ...(item.id ? { id: item.id } : {}),
      title: item.title.trim(),
      titleEn: englishInput(item.titleEn),
      description: item.description.trim(),
      descriptionEn: englishInput(item.descriptionEn),
      required: item.required,
    })),
    questions: values.questions.map((item) => ({
      ...(item.id ? { id: item.id } : {}),
      text: item.text.trim(),
      textEn: englishInput(item.textEn),
      description: item.description.trim(),
      descriptionEn: englishInput(item.descriptionEn),
      kind: item.kind as CallQuestionKind,
      ...(choiceKinds.includes(item.kind as CallQuestionKind)
        ? choicesInput(item.options)
        : { options: [], optionsEn: [] }),
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
  'titleEn',
  'body',
  'bodyEn',
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

/**
 * A server field path (`maxSupportCents`, `criteria[2].weight`, `measureIds[0]`) → the form's
 * field; a question's English choices are the form's choices, shown beside the Lithuanian.
 */
export function formFieldOf(path: string): string {
  if (/\.optionsEn$/.test(path)) return path.replace(/En$/, '');
  const top = /^[^.[]+/.exec(path)?.[0] ?? path;
  if (checkboxGroups.has(top)) return top;
  const own = formFieldOfServerField[top];
  return own ? own + path.slice(top.length) : path;
}
