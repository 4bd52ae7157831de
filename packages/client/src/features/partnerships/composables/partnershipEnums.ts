import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type {
  ActivityKind,
  PartnershipKind,
  PartnershipOrder,
  PartnershipStatus,
  PartyRole,
  Scope,
} from '@/gql/graphql';

// The schema's partnership enums, in the order people expect to see them.
export const partnershipKinds: readonly PartnershipKind[] = [
  'NETWORK_MEMBERSHIP',
  'COOPERATION_AGREEMENT',
  'MEMORANDUM',
  'JOINT_PROJECT',
  'TRANSNATIONAL_PROJECT',
];
export const partnershipStatuses: readonly PartnershipStatus[] = [
  'PROSPECT',
  'NEGOTIATING',
  'ACTIVE',
  'COMPLETED',
  'ENDED',
];
/** Statuses the public sees; prospects and negotiations are staff's working leads. */
export const publicStatuses: readonly PartnershipStatus[] = ['ACTIVE', 'COMPLETED', 'ENDED'];
/** Statuses of a partnership that is over: nothing is left to follow up. */
export const closedStatuses: readonly PartnershipStatus[] = ['COMPLETED', 'ENDED'];
export const partnershipScopes: readonly Scope[] = ['LOCAL', 'NATIONAL', 'INTERNATIONAL'];
export const partyRoles: readonly PartyRole[] = ['LEAD', 'PARTNER', 'MEMBER', 'FUNDER', 'OBSERVER'];
export const activityKinds: readonly ActivityKind[] = ['MEETING', 'CALL', 'LETTER', 'AGREEMENT_SIGNED', 'NOTE'];
export const partnershipOrders: readonly PartnershipOrder[] = ['NEXT_FOLLOW_UP', 'NEWEST', 'RECENTLY_ACTIVE'];

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
