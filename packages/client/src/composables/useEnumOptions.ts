import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import {
  AffiliationRole,
  Membership,
  OrganisationKind,
  OrganisationOrder,
  PlatformRole,
  Scope,
  Sector,
} from '@/gql/graphql';

// The schema’s enum values, in the order it declares them: the order people expect to see them.
export const sectors = Object.values(Sector);
export const scopes = Object.values(Scope);
export const memberships = Object.values(Membership);
export const organisationKinds = Object.values(OrganisationKind);
export const organisationOrders = Object.values(OrganisationOrder);
export const platformRoles = Object.values(PlatformRole);
export const affiliationRoles = Object.values(AffiliationRole);

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
