import { jsonArray, type JsonList } from '../common/json-list.js';
import { isoTimestamp } from '../common/sql.js';
import { Sector } from '../organisations/organisation.enums.js';
import type { Theme } from '../strategy/theme.entity.js';
import type { CoProposer, Endorsement, StatusChange } from './initiative.entity.js';
import { organisationCardJson, type OrganisationCard } from '../organisations/organisation-card.js';

/**
 * What is listed with each initiative, as JSON lists: read as columns of the page's own
 * statement when the page shows them, or for a whole page of initiatives at once by the loaders.
 */

// Timestamps are ISO 8601 text.
export type CoProposerView = Pick<CoProposer, 'status'> & {
  invitedAt: string;
  respondedAt: string | null;
  organisation: OrganisationCard;
};
export type EndorsementView = Pick<Endorsement, 'id' | 'note'> & {
  createdAt: string;
  organisation: OrganisationCard;
  initiativeId: string;
};
export type StatusChangeView = Pick<StatusChange, 'id' | 'fromStatus' | 'toStatus' | 'reason'> & {
  createdAt: string;
  changedBy: { id: string; displayName: string } | null;
};
export type SectorSupport = { bySector: { sector: Sector; count: number }[]; allSectors: boolean };

/** Its themes, in the strategy's order. */
export const themesList: JsonList<Theme[]> = {
  sql: (initiativeId) =>
    jsonArray(
      `json_build_object('id', t.id, 'code', t.code, 'position', t.position)`,
      `from initiative_theme it join theme t on t.id = it.theme_id where it.initiative_id = ${initiativeId}`,
      't.position, t.id',
    ),
};

/** Every co-proposer with its answer; who may see which is the service's rule. */
export const coProposersList: JsonList<CoProposerView[]> = {
  sql: (initiativeId) =>
    jsonArray(
      `json_build_object('status', c.status, 'invitedAt', ${isoTimestamp('c.invited_at')},
         'respondedAt', ${isoTimestamp('c.responded_at')}, 'organisation', ${organisationCardJson('o')})`,
      `from co_proposer c join organisation o on o.id = c.organisation_id where c.initiative_id = ${initiativeId}`,
      'c.invited_at, c.organisation_id',
    ),
};

/** Supporting organisations, oldest first. */
export const endorsementsList: JsonList<EndorsementView[]> = {
  sql: (initiativeId) =>
    jsonArray(
      `json_build_object('id', e.id, 'note', e.note, 'createdAt', ${isoTimestamp('e.created_at')},
         'initiativeId', e.initiative_id, 'organisation', ${organisationCardJson('o')})`,
      `from endorsement e join organisation o on o.id = e.organisation_id where e.initiative_id = ${initiativeId}`,
      'e.created_at, e.id',
    ),
};

/** Every move, oldest first, with who made it (only the name others may see). */
export const statusHistoryList: JsonList<StatusChangeView[]> = {
  sql: (initiativeId) =>
    jsonArray(
      `json_build_object('id', s.id, 'fromStatus', s.from_status, 'toStatus', s.to_status, 'reason', s.reason,
         'createdAt', ${isoTimestamp('s.created_at')},
         'changedBy', case when u.id is null then null
                           else json_build_object('id', u.id, 'displayName', u.display_name) end)`,
      `from status_change s left join app_user u on u.id = s.changed_by_id where s.initiative_id = ${initiativeId}`,
      's.created_at, s.id',
    ),
};

/** Supporting organisations counted by sector in SQL; every sector listed, in the enum's order. */
export const supportBySectorList: JsonList<SectorSupport> = {
  sql: (initiativeId) => `(select coalesce(json_object_agg(sector, count), '{}'::json) from (
      select o.sector, count(*) as count from endorsement e join organisation o on o.id = e.organisation_id
      where e.initiative_id = ${initiativeId} group by o.sector) as counted)`,
  fromJson: (json) => {
    const counts = json as Partial<Record<Sector, number>>;
    const bySector = Object.values(Sector).map((sector) => ({ sector, count: counts[sector] ?? 0 }));
    return { bySector, allSectors: bySector.every((s) => s.count > 0) };
  },
};
