import type { Knex } from '@mikro-orm/postgresql';
import { Person, type Representative } from '../accounts/account.types.js';
import { AffiliationRole } from '../accounts/account.enums.js';
import { listsByKey } from '../common/batch.js';
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
 * The shown columns of `organisation as o`, left-joined to `eldership as e`, named as the API
 * names them; dates as `YYYY-MM-DD` text, times as ISO 8601, the eldership as one JSON value.
 */
export function selectOrganisationView(query: Knex.QueryBuilder): Knex.QueryBuilder {
  return query.leftJoin('eldership as e', 'e.id', 'o.eldership_id').select(
    query.client.raw(`o.id, o.slug, o.name, o.legal_code as "legalCode", o.sector, o.kind, o.scope, o.country,
      o.membership, o.member_since::text as "memberSince", o.member_until::text as "memberUntil",
      o.email, o.phone, o.address, o.website, o.description,
      o.founded_on::text as "foundedOn", o.registered_on::text as "registeredOn",
      o.version, ${isoTimestamp('o.created_at')} as "createdAt", ${isoTimestamp('o.updated_at')} as "updatedAt",
      case when e.id is null then null
           else json_build_object('id', e.id, 'code', e.code, 'name', e.name) end as eldership`),
  );
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

/** The representatives of each of `organisationIds`, oldest affiliation first, in one statement. */
export async function readRepresentatives(knex: Knex, organisationIds: readonly string[]): Promise<Representative[][]> {
  const rows: {
    id: string;
    organisation_id: string;
    role: AffiliationRole;
    title: string | null;
    user_id: string;
    display_name: string;
  }[] = await knex('affiliation as a')
    .join('app_user as u', 'u.id', 'a.user_id')
    .whereIn('a.organisation_id', [...organisationIds])
    .where('a.role', AffiliationRole.REPRESENTATIVE)
    .orderBy([{ column: 'a.created_at' }, { column: 'a.id' }])
    .select('a.id', 'a.organisation_id', 'a.role', 'a.title', 'a.user_id', 'u.display_name');
  return listsByKey(organisationIds, rows, (row) => row.organisation_id).map((list) =>
    list.map((row) => ({
      id: row.id,
      role: row.role,
      title: row.title,
      person: Person.of({ id: row.user_id, displayName: row.display_name }),
    })),
  );
}
