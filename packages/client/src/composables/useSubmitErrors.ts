import type { CombinedError } from '@urql/core';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useErrorMessage } from '@/composables/useErrorMessage';
import { errorCode, fieldErrors, fieldErrorsByPath } from '@/lib/errors';

export interface SubmitErrorOptions {
  /**
   * For forms with nested fields: the names of the fields the form shows. Server messages are
   * then keyed by path (`contacts[0].email`), and those for fields the form does not show are
   * added to the alert for the whole form.
   */
  shown?: () => readonly string[];
}

/**
 * Applies a mutation's error to a vee-validate form: server field messages go beside their
 * fields, and a sentence for the whole form goes to an alert.
 */
export function useSubmitErrors(setErrors: (errors: Record<string, string>) => void, options: SubmitErrorOptions = {}) {
  const { t } = useI18n();
  const describe = useErrorMessage();
  const formError = ref('');
  const conflict = ref(false);
  return {
    formError,
    conflict,
    clear() {
      formError.value = '';
      conflict.value = false;
    },
    apply(error: CombinedError) {
      const fields = options.shown ? fieldErrorsByPath(error) : fieldErrors(error);
      setErrors(fields);
      conflict.value = errorCode(error) === 'CONFLICT';
      const known = options.shown?.() ?? Object.keys(fields);
      const unshown = Object.entries(fields)
        .filter(([field]) => !known.some((name) => field === name || field.startsWith(`${name}[`)))
        .map(([, message]) => (message.startsWith('validation.') ? t(message) : message));
      formError.value = [describe(error), ...unshown].join(' ');
    },
  };
}
