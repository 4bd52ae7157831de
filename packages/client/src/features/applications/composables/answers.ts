import type { CallQuestionKind } from '@/gql/graphql';

/**
 * One of the call's questions as an application shows it: its texts in the reader's language
 * (Lithuanian where the call gives no English, which `untranslated` names), its choices both as an
 * answer names them (`options`, the Lithuanian) and as the reader reads them (`optionLabels`, at
 * the same places).
 */
export interface ApplicationQuestion {
  id: string;
  text: string;
  description: string;
  kind: CallQuestionKind;
  options: readonly string[];
  optionLabels: readonly string[];
  required: boolean;
  untranslated: readonly string[];
}

/** A choice (its Lithuanian, as answers hold it) as the reader reads it; one the call no longer offers, as it was given. */
export function choiceLabel(question: Pick<ApplicationQuestion, 'options' | 'optionLabels'>, choice: string): string {
  return question.optionLabels[question.options.indexOf(choice)] ?? choice;
}

/** An answer as its form control holds it: text (text, number, one choice, yes/no as `yes`/`no`) or choices. */
export type AnswerDraft = string | string[];

/** A stored answer (the API's JSON value) as its control holds it; nothing answered is empty. */
export function answerToDraft(kind: CallQuestionKind, value: unknown): AnswerDraft {
  if (kind === 'MULTIPLE_CHOICE') return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
  if (kind === 'YES_NO') return value === true ? 'yes' : value === false ? 'no' : '';
  if (kind === 'NUMBER') return typeof value === 'number' ? String(value) : '';
  return typeof value === 'string' ? value : '';
}

/** A number as typed, with a decimal comma or point ("1 234,5"); NaN when it is not one. */
export function parseNumber(text: string): number {
  const cleaned = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/**
 * A control's answer as the API takes it: null for nothing answered (which clears a stored
 * answer), a number for numbers, true or false for yes/no, the chosen options for choices.
 * A number that cannot be read is sent as typed, so the server names the problem at the field.
 */
export function draftToAnswer(kind: CallQuestionKind, draft: AnswerDraft): unknown {
  if (Array.isArray(draft)) return draft.length ? draft : null;
  const text = draft.trim();
  if (text === '') return null;
  if (kind === 'YES_NO') return text === 'yes';
  if (kind === 'NUMBER') {
    const number = parseNumber(text);
    return Number.isNaN(number) ? text : number;
  }
  return kind === 'TEXT' ? draft : text;
}

/** The element id of the control a problem's field names (`answers.<id>` → `application-answers-<id>`). */
export function fieldAnchor(field: string): string {
  return `application-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
