import type { CombinedError } from '@urql/core';
import { nextTick, ref } from 'vue';
import { errorCode, fieldErrors, useErrorMessage } from '@/composables/useErrorMessage';

/**
 * Applies a mutation's error to a vee-validate form: server field messages go beside their
 * fields, and a sentence for the whole form goes to an alert.
 */
export function useSubmitErrors(setErrors: (errors: Record<string, string>) => void) {
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
      const fields = fieldErrors(error);
      setErrors(fields);
      conflict.value = errorCode(error) === 'CONFLICT';
      formError.value = describe(error);
    },
  };
}

/** vee-validate's onInvalidSubmit: move focus to the first field with an error, as people and screen readers expect. */
export async function focusFirstInvalid({ evt }: { evt?: Event }): Promise<void> {
  const form = evt?.target;
  if (!(form instanceof HTMLFormElement)) return;
  await nextTick();
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
