import { computed, type ComputedRef } from 'vue';
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
  const dateFormat = (options: Intl.DateTimeFormatOptions) =>
    computed(() => new Intl.DateTimeFormat(intlLocale(locale.value as AppLocale), options));
  // A calendar day is formatted at UTC midnight in UTC, so no time zone shifts it.
  const dayFormat = (format: ComputedRef<Intl.DateTimeFormat>) => (value: string | null | undefined) =>
    value ? format.value.format(new Date(`${vilniusDay(value)}T00:00:00Z`)) : '';
  const long = dateFormat({ dateStyle: 'long', timeZone: 'UTC' });
  const short = dateFormat({ dateStyle: 'short', timeZone: 'UTC' });
  const dateTime = dateFormat({ dateStyle: 'long', timeStyle: 'short', timeZone: appTimeZone });
  const numberFormat = computed(() => new Intl.NumberFormat(intlLocale(locale.value as AppLocale)));
  return {
    /** A day or the Vilnius day of an instant: "2006 m. gruodžio 14 d." / "14 December 2006" */
    formatDate: dayFormat(long),
    /** The same for tables: "2006-12-14" / "14/12/2006" */
    formatShortDate: dayFormat(short),
    /** An instant in Vilnius time: "2026 m. spalio 16 d. 14:30" / "16 October 2026 at 14:30" */
    formatDateTime: (value: string | null | undefined) => (value ? dateTime.value.format(new Date(value)) : ''),
    formatNumber: (value: number) => numberFormat.value.format(value),
  };
}
