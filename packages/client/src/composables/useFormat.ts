import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { intlLocale, type AppLocale } from '@/i18n';
import { appTimeZone, vilniusDay } from '@/lib/dates';

/**
 * Dates and numbers in the current UI language, via Intl. A page shows one date style: the
 * long one ("2026 m. spalio 16 d.", "16 October 2026"), with the time after it where the time
 * matters; tables use the short one. Days are Vilnius days, whatever the browser's zone.
 */
export function useFormat() {
  const { locale } = useI18n();
  const intl = computed(() => intlLocale(locale.value as AppLocale));
  // A calendar day is formatted at UTC midnight in UTC, so no time zone shifts it.
  const dateFormat = computed(() => new Intl.DateTimeFormat(intl.value, { dateStyle: 'long', timeZone: 'UTC' }));
  const shortDateFormat = computed(() => new Intl.DateTimeFormat(intl.value, { dateStyle: 'short', timeZone: 'UTC' }));
  const dateTimeFormat = computed(
    () => new Intl.DateTimeFormat(intl.value, { dateStyle: 'long', timeStyle: 'short', timeZone: appTimeZone }),
  );
  const numberFormat = computed(() => new Intl.NumberFormat(intl.value));
  const day = (value: string) => new Date(`${vilniusDay(value)}T00:00:00Z`);
  return {
    /** A day or the Vilnius day of an instant: "2006 m. gruodžio 14 d." / "14 December 2006" */
    formatDate: (value: string | null | undefined) => (value ? dateFormat.value.format(day(value)) : ''),
    /** The same for tables: "2006-12-14" / "14/12/2006" */
    formatShortDate: (value: string | null | undefined) => (value ? shortDateFormat.value.format(day(value)) : ''),
    /** An instant in Vilnius time: "2026 m. spalio 16 d. 14:30" / "16 October 2026 at 14:30" */
    formatDateTime: (value: string | null | undefined) => (value ? dateTimeFormat.value.format(new Date(value)) : ''),
    formatNumber: (value: number) => numberFormat.value.format(value),
  };
}
