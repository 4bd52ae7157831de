import type { Knex } from '@mikro-orm/postgresql';
import { listsByKey } from '../common/batch.js';
import { isoTimestamp } from '../common/sql.js';
import { selectInitiativeView, type InitiativeView } from '../initiatives/initiative-read.js';
import { organisationCardJson, type OrganisationCard } from '../organisations/organisation-card.js';
import type { Partnership, PartnershipActivity, PartnershipContact, PartnershipParty } from './partnership.entity.js';

/**
 * The read side of partnerships: the cooperation overview, one partnership and its nested lists
 * are read straight into plain objects with the columns the API shows, one statement for a page
 * and one per nested list. Who may see what (prospects, staff-only fields) stays with the service
 * and the resolver. The entities stay the write side and the exports' source.
 */

type PersonName = { id: string; displayName: string };

/** An organisation taking part, with the organisation as its card. */
export type PartyView = Pick<PartnershipParty, 'role'> & { organisation: OrganisationCard };

/** A partnership as the API shows it. */
export type PartnershipView = Pick<
  Partnership,
  | 'id'
  | 'slug'
  | 'title'
  | 'kind'
  | 'scope'
  | 'status'
  | 'startDate'
  | 'endDate'
  | 'nextFollowUpOn'
  | 'publicDescription'
  | 'internalNotes'
  | 'version'
> & {
  /** Timestamps as ISO 8601 text. */
  lastActivityAt: string;
  createdAt: string;
  updatedAt: string;
  owner: PersonName | null;
  parties: PartyView[];
};

/** An activity as the API shows it; `partnership` holds the id only, as a loaded entity's reference does. */
export type ActivityView = Pick<PartnershipActivity, 'id' | 'kind' | 'occurredOn' | 'summary' | 'peoplePresent'> & {
  createdAt: string;
  updatedAt: string;
  createdBy: PersonName | null;
  partnership: { id: string };
};

/** A contact person as the API shows it. */
export type ContactView = Pick<PartnershipContact, 'id' | 'name' | 'position' | 'email' | 'phone'> & {
  organisation: OrganisationCard | null;
};

/**
 * The shown columns of `partnership as p` named as the API names them, with its owner (id and
 * name only) and its parties as one JSON value each. Never the search vector.
 */
export function selectPartnershipView(query: Knex.QueryBuilder): Knex.QueryBuilder {
  return query.leftJoin('app_user as owner', 'owner.id', 'p.owner_id').select(
    query.client.raw(`p.id, p.slug, p.title, p.kind, p.scope, p.status,
        p.start_date::text as "startDate", p.end_date::text as "endDate",
        p.next_follow_up_on::text as "nextFollowUpOn",
        p.public_description as "publicDescription", p.internal_notes as "internalNotes", p.version,
        ${isoTimestamp('p.last_activity_at')} as "lastActivityAt",
        ${isoTimestamp('p.created_at')} as "createdAt", ${isoTimestamp('p.updated_at')} as "updatedAt",
        case when owner.id is null then null
             else json_build_object('id', owner.id, 'displayName', owner.display_name) end as owner,
        coalesce((select json_agg(json_build_object('role', pp.role, 'organisation', ${organisationCardJson('o')})
                                  order by o.name, o.id)
                    from partnership_party pp join organisation o on o.id = pp.organisation_id
                   where pp.partnership_id = p.id), '[]'::json) as parties`),
  );
}

/** One partnership by id or slug, in one statement; whether the viewer may see it is the caller's rule. */
export async function readPartnership(
  knex: Knex,
  where: { id: string } | { slug: string },
): Promise<PartnershipView | null> {
  const query = selectPartnershipView(knex('partnership as p'));
  query.where('id' in where ? { 'p.id': where.id } : { 'p.slug': where.slug }).first();
  return ((await query) as PartnershipView | undefined) ?? null;
}

/** Partnerships by id in one statement, in the order of `ids` (null for an unknown id). */
export async function readPartnerships(knex: Knex, ids: readonly string[]): Promise<(PartnershipView | null)[]> {
  const rows = (await selectPartnershipView(knex('partnership as p')).whereIn('p.id', [...ids])) as PartnershipView[];
  return ids.map((id) => rows.find((row) => row.id === id) ?? null);
}

type Keyed<T> = T & { partnershipId: string };

/** Rows keyed by partnership, as lists in the order of `ids` (a DataLoader's answer). */
function perPartnership<T>(ids: readonly string[], rows: Keyed<T>[]): T[][] {
  return listsByKey(ids, rows, (row) => row.partnershipId);
}

/** The related initiatives of each partnership, by title, drafts included (the service filters them). */
export async function readRelatedInitiatives(knex: Knex, ids: readonly string[]): Promise<InitiativeView[][]> {
  const query = selectInitiativeView(knex('initiative as i'))
    .join('partnership_initiative as pi', 'pi.initiative_id', 'i.id')
    .whereIn('pi.partnership_id', [...ids])
    .select('pi.partnership_id as partnershipId')
    .orderBy([{ column: 'i.title' }, { column: 'i.id' }]);
  return perPartnership(ids, (await query) as Keyed<InitiativeView>[]);
}

/** What happened with each partnership, newest first, with who wrote it down (only the name). */
export async function readActivities(knex: Knex, ids: readonly string[]): Promise<ActivityView[][]> {
  const rows: Keyed<ActivityView>[] = await knex('partnership_activity as a')
    .leftJoin('app_user as u', 'u.id', 'a.created_by_id')
    .whereIn('a.partnership_id', [...ids])
    .orderBy([
      { column: 'a.occurred_on', order: 'desc' },
      { column: 'a.created_at', order: 'desc' },
      { column: 'a.id', order: 'desc' },
    ])
    .select(
      knex.raw(`a.partnership_id as "partnershipId", a.id, a.kind, a.occurred_on::text as "occurredOn", a.summary,
        a.people_present as "peoplePresent",
        ${isoTimestamp('a.created_at')} as "createdAt", ${isoTimestamp('a.updated_at')} as "updatedAt",
        case when u.id is null then null
             else json_build_object('id', u.id, 'displayName', u.display_name) end as "createdBy",
        json_build_object('id', a.partnership_id) as partnership`),
    );
  return perPartnership(ids, rows);
}

/** The contact people of each partnership, by name, with their organisation's card. */
export async function readContacts(knex: Knex, ids: readonly string[]): Promise<ContactView[][]> {
  const rows: Keyed<ContactView>[] = await knex('partnership_contact as c')
    .leftJoin('organisation as o', 'o.id', 'c.organisation_id')
    .whereIn('c.partnership_id', [...ids])
    .orderBy([{ column: 'c.name' }, { column: 'c.id' }])
    .select(
      knex.raw(`c.partnership_id as "partnershipId", c.id, c.name, c.position, c.email, c.phone,
        case when o.id is null then null else ${organisationCardJson('o')} end as organisation`),
    );
  return perPartnership(ids, rows);
}
