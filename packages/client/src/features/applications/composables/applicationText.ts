import { useI18n } from 'vue-i18n';
import { ApplicationStatus } from '@/gql/graphql';

export const applicationStatuses = Object.values(ApplicationStatus);

/** What a field of an application is called: its own fields, the call's questions and annexes by id. */
export interface FieldNames {
  questions: readonly { id: string; text: string }[];
  annexes: readonly { id: string; title: string }[];
}

/**
 * Words for an application's codes: statuses, the server's problem codes (live checks and refusals),
 * the compliance checklist's item keys and the fields problems name. A code the client does not
 * know yet is shown as the server sent it (problems: its English message), never dropped.
 */
export function useApplicationText() {
  const { t, te } = useI18n();
  const known = (key: string, fallback: string) => (te(key) ? t(key) : fallback);
  return {
    statusLabel: (status: string) => t(`applications.status.${status}`),
    checklistLabel: (item: string) => known(`applications.checklist.items.${item}`, item),
    problemText: (problem: { code: string; message: string }) =>
      te(`applications.problems.${problem.code}`)
        ? t(`applications.problems.${problem.code}`)
        : known(`validation.server.${problem.code}`, problem.message),
    fieldLabel(field: string, names: FieldNames): string {
      const [head, rest] = [field.slice(0, field.indexOf('.')), field.slice(field.indexOf('.') + 1)];
      if (head === 'answers') return names.questions.find((q) => q.id === rest)?.text ?? field;
      if (head === 'annexes') return names.annexes.find((a) => a.id === rest)?.title ?? field;
      if (head === 'initiative') return known(`initiatives.fields.${rest}`, rest);
      return known(`applications.fields.${field}`, field);
    },
  };
}
