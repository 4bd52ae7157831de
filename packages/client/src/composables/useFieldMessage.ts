import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';

/**
 * Client-side rules carry i18n keys ("validation.required"); server field messages arrive
 * already written for people, so they are shown as they are.
 */
export function useFieldMessage(message: Ref<string | undefined>) {
  const { t } = useI18n();
  return computed(() => {
    const value = message.value;
    if (!value) return '';
    return value.startsWith('validation.') ? t(value) : value;
  });
}
