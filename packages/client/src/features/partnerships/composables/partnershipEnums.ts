import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { ActivityKind, PartnershipKind, PartnershipOrder, PartnershipStatus, PartyRole, Scope } from '@/gql/graphql';

// The schema's partnership enums, in the order people expect to see them.
export const partnershipKinds = Object.values(PartnershipKind);
export const partnershipStatuses = Object.values(PartnershipStatus);
/** Statuses the public sees; prospects and negotiations are staff's working leads. */
export const publicStatuses: readonly PartnershipStatus[] = ['ACTIVE', 'COMPLETED', 'ENDED'];
/** Statuses of a partnership that is over: nothing is left to follow up. */
export const closedStatuses: readonly PartnershipStatus[] = ['COMPLETED', 'ENDED'];
export const partnershipScopes = Object.values(Scope);
export const partyRoles = Object.values(PartyRole);
export const activityKinds = Object.values(ActivityKind);
export const partnershipOrders = Object.values(PartnershipOrder);

const enumValues = {
  partnershipKind: partnershipKinds,
  partnershipStatus: partnershipStatuses,
  partnershipScope: partnershipScopes,
  partyRole: partyRoles,
  activityKind: activityKinds,
  partnershipOrder: partnershipOrders,
} as const;

export type PartnershipEnumName = keyof typeof enumValues;

/** Translated labels and `<select>` options for the partnership enums (`enums.<name>.<VALUE>`). */
export function usePartnershipEnums() {
  const { t } = useI18n();
  const label = (name: PartnershipEnumName, value: string) => t(`enums.${name}.${value}`);
  const options = (name: PartnershipEnumName) =>
    computed(() => enumValues[name].map((value) => ({ value, label: label(name, value) })));
  return { label, options };
}
