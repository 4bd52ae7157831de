import { wrap } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { Organisation } from './organisation.entity.js';
import type { OrganisationView } from './organisation-read.js';
import { selectedFields } from '../common/selected-fields.js';
import type { RequestScope } from '../request-scope.js';
import { OrganisationLoaders } from './organisation-loaders.js';

/**
 * An organisation as initiative pages show it beside an initiative (lead, co-proposer,
 * supporter): read with the initiative as one JSON column instead of the whole profile.
 */
export type OrganisationCard = Pick<Organisation, 'id' | 'slug' | 'name' | 'sector'>;

const cardFields = new Set(['id', 'slug', 'name', 'sector', '__typename']);

/** The card of `organisation as <alias>` as one JSON value. */
export function organisationCardJson(alias: string): string {
  return `json_build_object('id', ${alias}.id, 'slug', ${alias}.slug, 'name', ${alias}.name, 'sector', ${alias}.sector)`;
}

/**
 * The organisation to resolve: the card when it holds every field the client asked for, else the
 * whole profile (one batched statement for the page, through the request's loaders). A loaded
 * entity, as a mutation returns it, is answered as it is.
 */
export function cardOrWhole(
  organisation: OrganisationCard | Organisation,
  info: GraphQLResolveInfo,
  scope: RequestScope,
): OrganisationCard | Organisation | Promise<OrganisationView | null> {
  const whole = (id: string) => scope.get(OrganisationLoaders).organisationView.load(id);
  if (organisation instanceof Organisation) {
    return wrap(organisation).isInitialized() ? organisation : whole(organisation.id);
  }
  for (const field of selectedFields(info)) if (!cardFields.has(field)) return whole(organisation.id);
  return organisation;
}
