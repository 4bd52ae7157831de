import { CallQuestionKind } from '../calls/call.enums.js';

/** What a call's question is, as answers are checked against it. */
export type QuestionRule = { id: string; kind: CallQuestionKind; options: readonly string[]; required: boolean };

/** A stored answer: text, a number, one option, several options, or yes/no. */
export type AnswerValue = string | number | boolean | string[];

/** The longest text answer, in characters. */
export const maxTextAnswerLength = 5000;

/** What is wrong with `value` as an answer to `question`, or null when it fits. */
export function answerProblem(question: QuestionRule, value: unknown): { code: string; message: string } | null {
  switch (question.kind) {
    case CallQuestionKind.TEXT:
      if (typeof value !== 'string') return { code: 'INVALID_FORMAT', message: 'must be text' };
      if (value.trim().length > maxTextAnswerLength)
        return { code: 'TOO_LONG', message: `must be at most ${maxTextAnswerLength} characters long` };
      return null;
    case CallQuestionKind.NUMBER:
      return typeof value === 'number' && Number.isFinite(value)
        ? null
        : { code: 'INVALID_FORMAT', message: 'must be a number' };
    case CallQuestionKind.SINGLE_CHOICE:
      return typeof value === 'string' && question.options.includes(value)
        ? null
        : { code: 'INVALID_CHOICE', message: 'must be one of the question’s options' };
    case CallQuestionKind.MULTIPLE_CHOICE:
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && question.options.includes(item)))
        return { code: 'INVALID_CHOICE', message: 'must be a list of the question’s options' };
      return new Set(value).size === value.length ? null : { code: 'DUPLICATE_ITEM', message: 'names an option twice' };
    case CallQuestionKind.YES_NO:
      return typeof value === 'boolean' ? null : { code: 'INVALID_FORMAT', message: 'must be true or false' };
  }
}

/** Whether `value` says anything: blank text and an empty choice are no answer, and are not stored. */
export function isAnswered(value: unknown): value is AnswerValue {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** The answer as stored: text trimmed, everything else as given. */
export function storedAnswer(value: AnswerValue): AnswerValue {
  return typeof value === 'string' ? value.trim() : value;
}
