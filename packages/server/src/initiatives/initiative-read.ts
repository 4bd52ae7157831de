import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../accounts/viewer.js';
import { isoTimestamp } from '../common/sql.js';
import type { Eldership } from '../organisations/eldership.entity.js';
import type { Measure } from '../strategy/strategy.entity.js';
import { visibleTo } from './initiative-visibility.js';
import type { Initiative } from './initiative.entity.js';
import { organisationCardJson, type OrganisationCard } from '../organisations/organisation-card.js';

/**
 * The read side of initiatives: the list and the initiative page are read straight into plain
 * objects with the columns the API shows, without building managed entities. The rendered body is
 * read, never the Markdown source (only `body` asks for it), the plain text or the search vector.
 * The entity stays the write side (initiative-workflow.service.ts).
 */

/** An initiative as the API shows it. */
export type InitiativeView = Pick<
  Initiative,
  | 'id'
  | 'slug'
  | 'title'
  | 'summary'
  | 'bodyHtml'
  | 'status'
  | 'estimatedBudgetCents'
  | 'requestedSupportCents'
  | 'version'
  | 'endorsementCount'
  | 'commentCount'
> & {
  /** Timestamps as ISO 8601 text. */
  submittedAt: string | null;
  lastActivityAt: string;
  createdAt: string;
  updatedAt: string;
  leadOrganisation: OrganisationCard;
  measure: Pick<Measure, 'id' | 'code' | 'title' | 'budgetCents'> | null;
  eldership: Pick<Eldership, 'id' | 'code' | 'name'> | null;
};

/**
 * The shown columns of `initiative as i` named as the API names them, with its lead, measure and
 * eldership as one JSON value each (joined here). Amounts are bigint: read as numbers.
 */
export function selectInitiativeView(query: Knex.QueryBuilder): Knex.QueryBuilder {
  return query
    .join('organisation as lead', 'lead.id', 'i.lead_organisation_id')
    .leftJoin('measure as m', 'm.id', 'i.measure_id')
    .leftJoin('eldership as e', 'e.id', 'i.eldership_id')
    .select(
      query.client.raw(`i.id, i.slug, i.title, i.summary, i.body_html as "bodyHtml", i.status,
        i.estimated_budget_cents::float8 as "estimatedBudgetCents",
        i.requested_support_cents::float8 as "requestedSupportCents",
        i.version, i.endorsement_count as "endorsementCount", i.comment_count as "commentCount",
        ${isoTimestamp('i.submitted_at')} as "submittedAt", ${isoTimestamp('i.last_activity_at')} as "lastActivityAt",
        ${isoTimestamp('i.created_at')} as "createdAt", ${isoTimestamp('i.updated_at')} as "updatedAt",
        ${organisationCardJson('lead')} as "leadOrganisation",
        case when m.id is null then null
             else json_build_object('id', m.id, 'code', m.code, 'title', m.title, 'budgetCents', m.budget_cents) end
          as measure,
        case when e.id is null then null
             else json_build_object('id', e.id, 'code', e.code, 'name', e.name) end as eldership`),
    );
}

/** One initiative by id or slug as far as `viewer` may see it (drafts), in one statement. */
export async function readInitiative(
  knex: Knex,
  viewer: Viewer,
  where: { id: string } | { slug: string },
): Promise<InitiativeView | null> {
  const query = selectInitiativeView(knex('initiative as i'));
  query.where('id' in where ? { 'i.id': where.id } : { 'i.slug': where.slug }).first();
  visibleTo(knex, query, viewer);
  return ((await query) as InitiativeView | undefined) ?? null;
}

/** The Markdown source of each of `ids`, in one statement: only the `body` field asks for it. */
export async function readBodies(knex: Knex, ids: readonly string[]): Promise<string[]> {
  const rows: { id: string; body: string }[] = await knex('initiative')
    .select('id', 'body')
    .whereIn('id', [...ids]);
  return ids.map((id) => rows.find((row) => row.id === id)?.body ?? '');
}
