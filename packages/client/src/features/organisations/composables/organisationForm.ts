import { z } from 'zod';
import { memberships, organisationKinds, scopes, sectors } from '@/composables/useEnumOptions';
import type { Membership, OrganisationKind, Scope, Sector } from '@/gql/graphql';

// Messages are i18n keys; the form fields translate them. The rules mirror the server's.
const choose = { errorMap: () => ({ message: 'validation.choose' }) };
const optional = (max: number) => z.string().trim().max(max, 'validation.tooLong');

export const organisationFieldsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .min(2, 'validation.nameLength')
    .max(200, 'validation.nameLength'),
  legalCode: z
    .string()
    .trim()
    .regex(/^(\d{7,12})?$/, 'validation.legalCode'),
  sector: z.enum(sectors as [Sector, ...Sector[]], choose),
  kind: z.enum(organisationKinds as [OrganisationKind, ...OrganisationKind[]], choose),
  scope: z.enum(scopes as [Scope, ...Scope[]], choose),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'validation.country')
    .transform((value) => value.toUpperCase()),
  eldershipId: z.string(),
  email: z.union([z.literal(''), z.string().trim().email('validation.email')]),
  phone: z
    .string()
    .trim()
    .regex(/^(\+?[0-9 ()-]{6,20})?$/, 'validation.phone'),
  address: optional(300),
  website: z.union([z.literal(''), z.string().trim().url('validation.url')]),
  description: optional(5000),
  descriptionEn: optional(5000),
});

export type OrganisationFieldValues = z.input<typeof organisationFieldsSchema>;
type ParsedFields = z.output<typeof organisationFieldsSchema>;

export const createOrganisationSchema = organisationFieldsSchema.extend({
  membership: z.enum(memberships as [Membership, ...Membership[]], choose),
  memberSince: z.string(),
});

export type CreateOrganisationValues = z.input<typeof createOrganisationSchema>;

export const emptyOrganisationFields: OrganisationFieldValues = {
  name: '',
  legalCode: '',
  sector: '' as Sector,
  kind: '' as OrganisationKind,
  scope: 'LOCAL',
  country: 'LT',
  eldershipId: '',
  email: '',
  phone: '',
  address: '',
  website: '',
  description: '',
  descriptionEn: '',
};

/** Fields only LAG staff may change; a representative's edit leaves them out. */
export const staffOnlyFields = ['sector', 'kind', 'scope', 'legalCode'] as const;

/** Form values → mutation input: an emptied optional field becomes null, which clears it. */
export function toOrganisationInput(values: ParsedFields) {
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    name: values.name,
    legalCode: orNull(values.legalCode),
    sector: values.sector,
    kind: values.kind,
    scope: values.scope,
    country: values.country,
    eldershipId: orNull(values.eldershipId),
    email: orNull(values.email),
    phone: orNull(values.phone),
    address: orNull(values.address),
    website: orNull(values.website),
    description: values.description,
    descriptionEn: orNull(values.descriptionEn),
  };
}
