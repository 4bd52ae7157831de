import type { Knex } from '@mikro-orm/postgresql';
import type { Representative } from '../accounts/account.types.js';
import { AffiliationRole } from '../accounts/account.enums.js';
import { jsonArray, type JsonList } from '../common/json-list.js';
import { isoTimestamp } from '../common/sql.js';
import type { Organisation } from './organisation.entity.js';

/**
 * The read side of organisations: pages and profiles are read straight into plain objects with
 * the columns the API shows (never the search vector), without building managed entities. The
 * entity stays the write side (organisation.service.ts).
 */

/** An organisation as the API shows it. */
export type OrganisationView = Omit<Organisation, 'eldership'> & {
  eldership: { id: string; code: string; name: string } | null;
};

/**
 * The fields of `organisation as o` (left-joined to `eldership as e`) as the API names them;
 * dates as `YYYY-MM-DD` text, times as ISO 8601, the eldership as one JSON value.
 */
const organisationFields: Record<string, string> = {
  id: 'o.id',
  slug: 'o.slug',
  name: 'o.name',
  legalCode: 'o.legal_code',
  sector: 'o.sector',
  kind: 'o.kind',
  scope: 'o.scope',
  country: 'o.country',
  membership: 'o.membership',
  memberSince: 'o.member_since::text',
  memberUntil: 'o.member_until::text',
  email: 'o.email',
  phone: 'o.phone',
  address: 'o.address',
  website: 'o.website',
  description: 'o.description',
  descriptionEn: 'o.description_en',
  foundedOn: 'o.founded_on::text',
  registeredOn: 'o.registered_on::text',
  version: 'o.version',
  createdAt: isoTimestamp('o.created_at'),
  updatedAt: isoTimestamp('o.updated_at'),
  eldership: `case when e.id is null then null else json_build_object('id', e.id, 'code', e.code, 'name', e.name) end`,
};

/**
 * Selects the fields of `organisation as o`: every one, or those among `shown` (a page reads
 * only what its client asked for) and the id, the only one its field resolvers read besides.
 */
export function selectOrganisationView(query: Knex.QueryBuilder, shown?: ReadonlySet<string>): Knex.QueryBuilder {
  // The English description goes with the description: its field resolver picks one of the two.
  const wanted = (field: string) => shown!.has(field) || (field === 'descriptionEn' && shown!.has('description'));
  const fields = Object.keys(organisationFields).filter((field) => !shown || field === 'id' || wanted(field));
  if (fields.includes('eldership')) query.leftJoin('eldership as e', 'e.id', 'o.eldership_id');
  return query.select(query.client.raw(fields.map((field) => `${organisationFields[field]} as "${field}"`).join(', ')));
}

/** One organisation by id or slug, in one statement. */
export async function readOrganisation(
  knex: Knex,
  where: { id: string } | { slug: string },
): Promise<OrganisationView | null> {
  const query = selectOrganisationView(knex('organisation as o'));
  query.where('id' in where ? { 'o.id': where.id } : { 'o.slug': where.slug }).first();
  return ((await query) as OrganisationView | undefined) ?? null;
}

/** Whole organisations by id, in their order (null where unknown), in one statement: for loaders. */
export async function readOrganisations(knex: Knex, ids: readonly string[]): Promise<(OrganisationView | null)[]> {
  const rows = (await selectOrganisationView(knex('organisation as o')).whereIn('o.id', [
    ...ids,
  ])) as OrganisationView[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * An organisation's representatives, oldest affiliation first: of the person, only the id and the
 * name others may see.
 */
export const representativesList: JsonList<Representative[]> = {
  sql: (organisationId) =>
    jsonArray(
      `json_build_object('id', a.id, 'role', a.role, 'title', a.title,
         'person', json_build_object('id', u.id, 'displayName', u.display_name))`,
      `from affiliation a join app_user u on u.id = a.user_id
       where a.organisation_id = ${organisationId} and a.role = '${AffiliationRole.REPRESENTATIVE}'`,
      'a.created_at, a.id',
    ),
};
