import { useField } from 'vee-validate';
import { useId, type MaybeRefOrGetter } from 'vue';
import { useFieldMessage } from '@/composables/useFieldMessage';

/**
 * A text control's form state (vee-validate) and the id it shares with its FieldFrame. The value is
 * checked when the person leaves the field, and as they type only once it has shown an error.
 */
export function useTextField(name: MaybeRefOrGetter<string>) {
  const id = useId();
  const { value, errorMessage, handleBlur, handleChange } = useField<string>(name, undefined, {
    validateOnValueUpdate: false,
  });
  const message = useFieldMessage(errorMessage);
  /** Sets the text, as typed or as a toolbar edited it. */
  const change = (text: string) => handleChange(text, !!errorMessage.value);
  const onInput = (event: Event) => change((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  return { id, value, message, change, onInput, handleBlur };
}
