import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { intlLocale, type AppLocale } from '@/i18n';

/** A country's name from its ISO 3166-1 code, in the current UI language ("LV" → "Latvija" / "Latvia"). */
export function useCountryName() {
  const { locale } = useI18n();
  const names = computed(() => {
    try {
      return new Intl.DisplayNames([intlLocale(locale.value as AppLocale)], { type: 'region', fallback: 'code' });
    } catch {
      return null;
    }
  });
  return (code: string): string => {
    try {
      return names.value?.of(code.toUpperCase()) ?? code;
    } catch {
      return code;
    }
  };
}
