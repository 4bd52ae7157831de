import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { InitiativeOrder, InitiativeStatus } from '@/gql/graphql';
import { intlLocale, type AppLocale } from '@/i18n';

export const initiativeStatuses = Object.values(InitiativeStatus);

/** The theme codes the server knows, in the order of the LAG's goals. */
export const themeCodes = [
  'BUSINESS',
  'ENVIRONMENT',
  'EDUCATION',
  'CULTURE',
  'SOCIAL_SUPPORT',
  'TOURISM',
  'SPORT',
  'INFRASTRUCTURE',
] as const;

export const initiativeOrders = Object.values(InitiativeOrder);

/** Statuses staff still act on: the review queue. */
export const reviewStatuses: readonly InitiativeStatus[] = [
  'SUBMITTED',
  'COMPLETION_REQUESTED',
  'UNDER_REVIEW',
  'SHORTLISTED',
  'APPROVED',
  'IN_PROGRESS',
];

/** Euro as typed by a person ("1 234,50", "1234.5") → cents; null when empty, NaN when not a number. */
export function euroToCents(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0€]/g, '').replace(',', '.');
  if (cleaned === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return Number.NaN;
  return Math.round(Number(cleaned) * 100);
}

/** Cents → euro text for an input ("123450" → "1234.50"); empty for none. */
export function centsToEuroText(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/** Translated labels and options for initiative statuses, themes and orderings. */
export function useInitiativeEnums() {
  const { t, locale } = useI18n();
  const euroFormat = computed(
    () =>
      new Intl.NumberFormat(intlLocale(locale.value as AppLocale), {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 2,
      }),
  );
  return {
    statusLabel: (status: string) => t(`initiatives.status.${status}`),
    themeLabel: (code: string) => t(`initiatives.themes.${code}`),
    orderLabel: (order: string) => t(`initiatives.orders.${order}`),
    statusOptions: computed(() =>
      initiativeStatuses.map((value) => ({ value, label: t(`initiatives.status.${value}`) })),
    ),
    themeOptions: computed(() => themeCodes.map((value) => ({ value, label: t(`initiatives.themes.${value}`) }))),
    /** Euro cents → "1 234,50 €" in the current language. */
    formatEuro: (cents: number | null | undefined) =>
      cents === null || cents === undefined ? '' : euroFormat.value.format(cents / 100),
  };
}
