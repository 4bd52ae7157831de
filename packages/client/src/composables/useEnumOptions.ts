import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type {
  AffiliationRole,
  Membership,
  OrganisationKind,
  OrganisationOrder,
  PlatformRole,
  Scope,
  Sector,
} from '@/gql/graphql';

// The schema's enum values, in the order people expect to see them.
export const sectors: readonly Sector[] = ['NGO', 'BUSINESS', 'PUBLIC'];
export const scopes: readonly Scope[] = ['LOCAL', 'NATIONAL', 'INTERNATIONAL'];
export const memberships: readonly Membership[] = ['MEMBER', 'APPLICANT', 'PARTNER', 'FORMER'];
export const organisationKinds: readonly OrganisationKind[] = [
  'RURAL_COMMUNITY',
  'ASSOCIATION',
  'COMPANY',
  'FARM',
  'MUNICIPALITY_INSTITUTION',
  'SCHOOL',
  'CULTURAL_INSTITUTION',
  'MINISTRY',
  'LAG',
  'NETWORK',
  'INTERNATIONAL_BODY',
  'OTHER',
];
export const organisationOrders: readonly OrganisationOrder[] = ['NAME', 'MEMBER_SINCE', 'NEWEST', 'RELEVANCE'];
export const platformRoles: readonly PlatformRole[] = ['USER', 'STAFF', 'ADMIN'];
export const affiliationRoles: readonly AffiliationRole[] = ['REPRESENTATIVE', 'MEMBER'];

const enumValues = {
  sector: sectors,
  scope: scopes,
  membership: memberships,
  kind: organisationKinds,
  order: organisationOrders,
  platformRole: platformRoles,
  affiliationRole: affiliationRoles,
} as const;

export type EnumName = keyof typeof enumValues;

/** Translated labels and `<select>` options for the schema's enums. */
export function useEnumOptions() {
  const { t } = useI18n();
  const label = (name: EnumName, value: string) => t(`enums.${name}.${value}`);
  const options = (name: EnumName) =>
    computed(() => enumValues[name].map((value) => ({ value, label: label(name, value) })));
  return { label, options };
}
