import { nextTick } from 'vue';

/** vee-validate's onInvalidSubmit: move focus to the first field with an error, as people and screen readers expect. */
export async function focusFirstInvalid({ evt }: { evt?: Event }): Promise<void> {
  const form = evt?.target;
  if (!(form instanceof HTMLFormElement)) return;
  await nextTick();
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
