import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { intlLocale, type AppLocale } from '@/i18n';

/** Amounts and shares of a call in the current language: "120 000,00 €", "€120,000.00", "80 %". */
export function useCallFormat() {
  const { locale } = useI18n();
  const intl = computed(() => intlLocale(locale.value as AppLocale));
  const euro = computed(
    () => new Intl.NumberFormat(intl.value, { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }),
  );
  const percent = computed(() => new Intl.NumberFormat(intl.value, { style: 'percent', maximumFractionDigits: 2 }));
  const number = computed(() => new Intl.NumberFormat(intl.value, { maximumFractionDigits: 2 }));
  return {
    formatEuro: (cents: number | null | undefined) =>
      cents === null || cents === undefined ? '' : euro.value.format(cents / 100),
    formatPercent: (value: number | null | undefined) =>
      value === null || value === undefined ? '' : percent.value.format(value / 100),
    formatNumber: (value: number) => number.value.format(value),
  };
}
