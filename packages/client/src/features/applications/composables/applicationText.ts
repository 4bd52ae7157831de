import { useI18n } from 'vue-i18n';
import { useFormat } from '@/composables/useFormat';
import { textLang } from '@/features/calls/composables/textLang';
import { useInitiativeEnums } from '@/features/initiatives/composables/initiativeEnums';
import { ApplicationStatus } from '@/gql/graphql';

export const applicationStatuses = Object.values(ApplicationStatus);

/**
 * What a field of an application is called: its own fields, the call's questions and annexes by
 * id, in the reader's language where the call gives it (`untranslated` names the texts it does not).
 */
export interface FieldNames {
  questions: readonly { id: string; text: string; untranslated: readonly string[] }[];
  annexes: readonly { id: string; title: string; untranslated: readonly string[] }[];
}

/** A field's name as a page shows it: Lithuanian (`lang`) where it is a call's text given in Lithuanian only. */
export interface FieldLabel {
  text: string;
  lang?: 'lt';
}

/** A problem as the server states it: the field, a stable code, English for developers, the figures its wording needs. */
export interface Problem {
  field: string;
  code: string;
  message: string;
  params?: unknown;
}

/**
 * Words for an application's codes: statuses, the server's problem codes (live checks and refusals)
 * with their figures, the compliance checklist's item keys and the fields problems name. A code the
 * client does not know yet is shown as the server sent it (problems: its English message), never dropped.
 */
export function useApplicationText() {
  const { t, te } = useI18n();
  const { formatEuro } = useInitiativeEnums();
  const { formatNumber } = useFormat();
  const known = (key: string, fallback: string) => (te(key) ? t(key) : fallback);

  /** The figures of a problem as its sentence shows them: cents as euro, percentages as numbers. */
  function figures(params: unknown): Record<string, string> {
    if (typeof params !== 'object' || params === null) return {};
    return Object.fromEntries(
      Object.entries(params as Record<string, unknown>)
        .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
        .map(([name, value]) => [name, name.endsWith('Cents') ? formatEuro(value) : formatNumber(value)]),
    );
  }

  return {
    statusLabel: (status: string) => t(`applications.status.${status}`),
    checklistLabel: (item: string) => known(`applications.checklist.items.${item}`, item),
    problemText: (problem: Omit<Problem, 'field'>) =>
      te(`applications.problems.codes.${problem.code}`)
        ? t(`applications.problems.codes.${problem.code}`, figures(problem.params))
        : known(`validation.server.${problem.code}`, problem.message),
    fieldLabel(field: string, names: FieldNames): FieldLabel {
      const dot = field.indexOf('.');
      const [head, rest] = dot < 0 ? [field, ''] : [field.slice(0, dot), field.slice(dot + 1)];
      const question = head === 'answers' ? names.questions.find((q) => q.id === rest) : undefined;
      if (question) return { text: question.text, lang: textLang(question, 'text') };
      const annex = head === 'annexes' ? names.annexes.find((a) => a.id === rest) : undefined;
      if (annex) return { text: annex.title, lang: textLang(annex, 'title') };
      if (head === 'initiative') return { text: known(`applications.initiativeFields.${rest}`, rest) };
      if (head === 'checklist') return { text: known(`applications.checklist.items.${rest}`, rest) };
      return { text: known(`applications.fields.${field}`, field) };
    },
  };
}
