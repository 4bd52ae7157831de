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
  measure: Pick<Measure, 'id' | 'code' | 'title' | 'titleEn' | 'budgetCents'> | null;
  eldership: Pick<Eldership, 'id' | 'code' | 'name'> | null;
  /** Supporters that are LAG members, and those that are not; read only when shown (`endorsementCounts`). */
  memberEndorsementCount?: number;
  partnerEndorsementCount?: number;
};

/** Supporters that are LAG members, and those that are not (partners, applicants, former members). */
export type EndorsementCounts = { members: number; partners: number };

/** Supporters of `initiative as i` whose organisation's membership matches `condition`, as SQL. */
const supportersWhere = (condition: string) =>
  `(select count(*)::int from endorsement se join organisation so on so.id = se.organisation_id
     where se.initiative_id = i.id and ${condition})`;

/**
 * The fields of `initiative as i` as the API names them, with its lead, measure and eldership as
 * one JSON value each (from the joins of `initiativeJoins`). Amounts are bigint: read as numbers.
 */
const initiativeFields: Record<string, string> = {
  id: 'i.id',
  slug: 'i.slug',
  title: 'i.title',
  summary: 'i.summary',
  bodyHtml: 'i.body_html',
  status: 'i.status',
  estimatedBudgetCents: 'i.estimated_budget_cents::float8',
  requestedSupportCents: 'i.requested_support_cents::float8',
  version: 'i.version',
  endorsementCount: 'i.endorsement_count',
  commentCount: 'i.comment_count',
  memberEndorsementCount: supportersWhere(`so.membership = 'MEMBER'`),
  partnerEndorsementCount: supportersWhere(`so.membership <> 'MEMBER'`),
  submittedAt: isoTimestamp('i.submitted_at'),
  lastActivityAt: isoTimestamp('i.last_activity_at'),
  createdAt: isoTimestamp('i.created_at'),
  updatedAt: isoTimestamp('i.updated_at'),
  leadOrganisation: organisationCardJson('lead'),
  measure: `case when m.id is null then null
                 else json_build_object('id', m.id, 'code', m.code, 'title', m.title, 'titleEn', m.title_en,
                                        'budgetCents', m.budget_cents) end`,
  eldership: `case when e.id is null then null else json_build_object('id', e.id, 'code', e.code, 'name', e.name) end`,
};

/**
 * Fields whose resolvers read other fields of the row: co-proposers are filtered by the lead;
 * what the viewer may do depends on the status and on whether they represent the lead.
 */
const viewerRights = ['status', 'leadOrganisation'];
const readsAlso: Record<string, readonly string[]> = {
  coProposers: ['leadOrganisation'],
  // With the co-proposers' answers, read by their loader when the viewer's rights need them.
  viewerCanEdit: viewerRights,
  viewerEndorsementOptions: viewerRights,
  viewerTransitions: viewerRights,
  viewerCanDelete: viewerRights,
  viewerSubmissionProblems: viewerRights,
  viewerCallsToApply: viewerRights,
};

/**
 * Selects the fields of `initiative as i`: every one, or those among `shown` (a page reads only
 * what its client asked for), the id, and what their resolvers read besides.
 */
export function selectInitiativeView(query: Knex.QueryBuilder, shown?: ReadonlySet<string>): Knex.QueryBuilder {
  const wanted = shown && new Set(['id', ...shown, ...[...shown].flatMap((field) => readsAlso[field] ?? [])]);
  const fields = Object.keys(initiativeFields).filter((field) => !wanted || wanted.has(field));
  if (fields.includes('leadOrganisation')) query.join('organisation as lead', 'lead.id', 'i.lead_organisation_id');
  if (fields.includes('measure')) query.leftJoin('measure as m', 'm.id', 'i.measure_id');
  if (fields.includes('eldership')) query.leftJoin('eldership as e', 'e.id', 'i.eldership_id');
  return query.select(query.client.raw(fields.map((field) => `${initiativeFields[field]} as "${field}"`).join(', ')));
}

/**
 * The statement of one initiative by id or slug as far as `viewer` may see it (drafts), with the
 * fields among `shown` (all when absent).
 */
export function initiativeQuery(
  knex: Knex,
  viewer: Viewer,
  where: { id: string } | { slug: string },
  shown?: ReadonlySet<string>,
): Knex.QueryBuilder {
  const query = selectInitiativeView(knex('initiative as i'), shown);
  query.where('id' in where ? { 'i.id': where.id } : { 'i.slug': where.slug }).first();
  visibleTo(knex, query, viewer);
  return query;
}

/**
 * The initiatives of `ids` as far as `viewer` may see them, every field and no list, in one
 * statement (another feature's list shows them, e.g. an application's initiative); null for one
 * the viewer may not see.
 */
export async function readInitiatives(
  knex: Knex,
  viewer: Viewer,
  ids: readonly string[],
): Promise<(InitiativeView | null)[]> {
  const query = selectInitiativeView(knex('initiative as i')).whereIn('i.id', [...ids]);
  visibleTo(knex, query, viewer);
  const rows = (await query) as InitiativeView[];
  return ids.map((id) => rows.find((row) => row.id === id) ?? null);
}

/** Supporters of each of `ids` that are LAG members and that are not, in one statement. */
export async function readEndorsementCounts(knex: Knex, ids: readonly string[]): Promise<EndorsementCounts[]> {
  const rows: { id: string; members: number; partners: number }[] = await knex('initiative as i')
    .select(
      'i.id',
      knex.raw(`${supportersWhere(`so.membership = 'MEMBER'`)} as members`),
      knex.raw(`${supportersWhere(`so.membership <> 'MEMBER'`)} as partners`),
    )
    .whereIn('i.id', [...ids]);
  return ids.map((id) => {
    const row = rows.find((r) => r.id === id);
    return { members: row?.members ?? 0, partners: row?.partners ?? 0 };
  });
}

/** The Markdown source of each of `ids`, in one statement: only the `body` field asks for it. */
export async function readBodies(knex: Knex, ids: readonly string[]): Promise<string[]> {
  const rows: { id: string; body: string }[] = await knex('initiative')
    .select('id', 'body')
    .whereIn('id', [...ids]);
  return ids.map((id) => rows.find((row) => row.id === id)?.body ?? '');
}
