import type { Knex } from '@mikro-orm/postgresql';
import { listsByKey } from '../common/batch.js';
import { isoTimestamp } from '../common/sql.js';
import { Sector } from '../organisations/organisation.enums.js';
import type { Theme } from '../strategy/theme.entity.js';
import type { CoProposer, Endorsement, StatusChange } from './initiative.entity.js';
import { organisationCardJson, type OrganisationCard } from '../organisations/organisation-card.js';

/**
 * What is listed with each initiative, read for a whole page of initiatives at once: one
 * statement per list, whatever the page size, into plain objects (for the DataLoaders).
 */

// Timestamps are ISO 8601 text.
export type CoProposerView = Pick<CoProposer, 'status'> & {
  invitedAt: string;
  respondedAt: string | null;
  organisation: OrganisationCard;
};
export type EndorsementView = Pick<Endorsement, 'id' | 'note'> & { createdAt: string; organisation: OrganisationCard };
export type StatusChangeView = Pick<StatusChange, 'id' | 'fromStatus' | 'toStatus' | 'reason'> & {
  createdAt: string;
  changedBy: { id: string; displayName: string } | null;
};
export type SectorSupport = { bySector: { sector: Sector; count: number }[]; allSectors: boolean };

type Keyed<T> = T & { initiativeId: string };

/** Rows that carry their initiative's id, as one list per id of `ids`. */
function perInitiative<T>(ids: readonly string[], rows: Keyed<T>[]): T[][] {
  return listsByKey(ids, rows, (row) => row.initiativeId);
}

export async function readThemes(knex: Knex, ids: readonly string[]): Promise<Theme[][]> {
  const rows: Keyed<Theme>[] = await knex('initiative_theme as it')
    .join('theme as t', 't.id', 'it.theme_id')
    .whereIn('it.initiative_id', [...ids])
    .orderBy([{ column: 't.position' }, { column: 't.id' }])
    .select('it.initiative_id as initiativeId', 't.id', 't.code', 't.position');
  return perInitiative(ids, rows);
}

/** Every co-proposer with its answer; who may see which is the service's rule. */
export async function readCoProposers(knex: Knex, ids: readonly string[]): Promise<CoProposerView[][]> {
  const rows: Keyed<CoProposerView>[] = await knex('co_proposer as c')
    .join('organisation as o', 'o.id', 'c.organisation_id')
    .whereIn('c.initiative_id', [...ids])
    .orderBy([{ column: 'c.invited_at' }, { column: 'c.organisation_id' }])
    .select(
      knex.raw(`c.initiative_id as "initiativeId", c.status, ${isoTimestamp('c.invited_at')} as "invitedAt",
        ${isoTimestamp('c.responded_at')} as "respondedAt", ${organisationCardJson('o')} as organisation`),
    );
  return perInitiative(ids, rows);
}

/** Supporting organisations, oldest first. */
export async function readEndorsements(knex: Knex, ids: readonly string[]): Promise<EndorsementView[][]> {
  const rows: Keyed<EndorsementView>[] = await knex('endorsement as e')
    .join('organisation as o', 'o.id', 'e.organisation_id')
    .whereIn('e.initiative_id', [...ids])
    .orderBy([{ column: 'e.created_at' }, { column: 'e.id' }])
    .select(
      knex.raw(`e.initiative_id as "initiativeId", e.id, e.note, ${isoTimestamp('e.created_at')} as "createdAt",
        ${organisationCardJson('o')} as organisation`),
    );
  return perInitiative(ids, rows);
}

/** Every move, oldest first, with who made it (only the name others may see). */
export async function readStatusHistory(knex: Knex, ids: readonly string[]): Promise<StatusChangeView[][]> {
  const rows: Keyed<StatusChangeView>[] = await knex('status_change as s')
    .leftJoin('app_user as u', 'u.id', 's.changed_by_id')
    .whereIn('s.initiative_id', [...ids])
    .orderBy([{ column: 's.created_at' }, { column: 's.id' }])
    .select(
      knex.raw(`s.initiative_id as "initiativeId", s.id, s.from_status as "fromStatus", s.to_status as "toStatus",
        s.reason, ${isoTimestamp('s.created_at')} as "createdAt",
        case when u.id is null then null
             else json_build_object('id', u.id, 'displayName', u.display_name) end as "changedBy"`),
    );
  return perInitiative(ids, rows);
}

/** Supporting organisations counted by sector in SQL; every sector listed, in the enum's order. */
export async function readSupportBySector(knex: Knex, ids: readonly string[]): Promise<SectorSupport[]> {
  const rows: Keyed<{ sector: Sector; count: number }>[] = await knex('endorsement as e')
    .join('organisation as o', 'o.id', 'e.organisation_id')
    .whereIn('e.initiative_id', [...ids])
    .groupBy('e.initiative_id', 'o.sector')
    .select(knex.raw(`e.initiative_id as "initiativeId", o.sector, count(*)::int as count`));
  return perInitiative(ids, rows).map((counts) => {
    const bySector = Object.values(Sector).map((sector) => ({
      sector,
      count: counts.find((c) => c.sector === sector)?.count ?? 0,
    }));
    return { bySector, allSectors: bySector.every((s) => s.count > 0) };
  });
}
