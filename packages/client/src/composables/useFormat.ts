import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

/** Dates and numbers in the current UI language, via Intl. */
export function useFormat() {
  const { locale } = useI18n();
  const dateFormat = computed(
    // LocalDate values are calendar days: format them in UTC so no time zone shifts the day.
    () => new Intl.DateTimeFormat(locale.value, { dateStyle: 'long', timeZone: 'UTC' }),
  );
  const shortDateFormat = computed(
    () => new Intl.DateTimeFormat(locale.value, { dateStyle: 'short', timeZone: 'UTC' }),
  );
  const dateTimeFormat = computed(
    () => new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  const numberFormat = computed(() => new Intl.NumberFormat(locale.value));
  return {
    /** "2006-12-14" → "2006 m. gruodžio 14 d." / "December 14, 2006" */
    formatDate: (value: string | null | undefined) =>
      value ? dateFormat.value.format(new Date(`${value.slice(0, 10)}T00:00:00Z`)) : '',
    /** "2006-12-14" → "2006-12-14" / "12/14/06": for tables */
    formatShortDate: (value: string | null | undefined) =>
      value ? shortDateFormat.value.format(new Date(`${value.slice(0, 10)}T00:00:00Z`)) : '',
    formatDateTime: (value: string | null | undefined) => (value ? dateTimeFormat.value.format(new Date(value)) : ''),
    formatNumber: (value: number) => numberFormat.value.format(value),
  };
}
