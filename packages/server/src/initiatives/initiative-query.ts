import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../accounts/viewer.js';
import { applyKeyset, countOf, keptCount, type KeysetOrdering, type KeysetQueries } from '../common/keyset.js';
import { toPrefixTsQuery } from '../common/search.js';
import { InitiativeOrder, InitiativeStatus } from './initiative.enums.js';
import { selectInitiativeView } from './initiative-read.js';
import { draftsSeenBy, visibleTo } from './initiative-visibility.js';
import type { InitiativeFilter } from './initiative.inputs.js';

// Search (initiative-search.ts) applies the same rule through this module.
export { visibleTo };

function ordering(knex: Knex, order: InitiativeOrder, query: string | null): KeysetOrdering {
  switch (order) {
    case InitiativeOrder.NEWEST:
      return { name: order, sortKey: knex.raw('i.created_at'), direction: 'desc', cast: '?::timestamptz' };
    case InitiativeOrder.MOST_SUPPORTED:
      return { name: order, sortKey: knex.raw('i.endorsement_count'), direction: 'desc', cast: '?::int' };
    case InitiativeOrder.MOST_DISCUSSED:
      return { name: order, sortKey: knex.raw('i.comment_count'), direction: 'desc', cast: '?::int' };
    case InitiativeOrder.RECENTLY_ACTIVE:
      return { name: order, sortKey: knex.raw('i.last_activity_at'), direction: 'desc', cast: '?::timestamptz' };
    case InitiativeOrder.RELEVANCE:
      return {
        name: order,
        sortKey: knex.raw(`ts_rank(i.search_vector, to_tsquery('telka', ?))`, [query]),
        direction: 'desc',
        cast: '?::real',
      };
  }
}

/** `shown`: the fields of the page's initiatives the client asked for (all when absent). */
export function buildInitiativeQueries(
  knex: Knex,
  viewer: Viewer,
  request: { filter: InitiativeFilter | undefined; order: InitiativeOrder; first: number; after?: string | null },
  shown?: ReadonlySet<string>,
): KeysetQueries {
  const { filter } = request;
  const query = filter?.search ? toPrefixTsQuery(filter.search) : null;
  const order = request.order === InitiativeOrder.RELEVANCE && !query ? InitiativeOrder.NEWEST : request.order;

  const filtered = knex('initiative as i');
  visibleTo(knex, filtered, viewer);
  if (filter?.status?.length) filtered.whereIn('i.status', filter.status);
  if (filter?.measureIds?.length) filtered.whereIn('i.measure_id', filter.measureIds);
  if (filter?.leadOrganisationId) filtered.where('i.lead_organisation_id', filter.leadOrganisationId);
  if (filter?.coProposerOrganisationId) {
    filtered.whereIn(
      'i.id',
      knex('co_proposer')
        .select('initiative_id')
        .where('organisation_id', filter.coProposerOrganisationId)
        .whereNot('status', 'DECLINED'),
    );
  }
  if (filter?.elderships?.length)
    filtered.whereIn('i.eldership_id', knex('eldership').select('id').whereIn('code', filter.elderships));
  if (filter?.themes?.length) {
    filtered.whereIn(
      'i.id',
      knex('initiative_theme as it')
        .join('theme as t', 't.id', 'it.theme_id')
        .select('it.initiative_id')
        .whereIn('t.code', filter.themes),
    );
  }
  if (filter?.leadSector?.length) {
    filtered.whereIn('i.lead_organisation_id', knex('organisation').select('id').whereIn('sector', filter.leadSector));
  }
  if (query) filtered.whereRaw(`i.search_vector @@ to_tsquery('telka', ?)`, [query]);

  const sort = ordering(knex, order, query);
  return {
    page: applyKeyset(selectInitiativeView(filtered.clone(), shown), 'i.id', sort, request),
    count: countQuery(knex, viewer, filtered, filter, query),
    ordering: sort,
  };
}

/**
 * How the list counts. Filtered by no more than status, it reads the counts kept per status
 * (migration initiative_status_counts), adding the drafts the viewer may see of their own
 * organisations (few, counted); any other filter counts the matches.
 */
function countQuery(
  knex: Knex,
  viewer: Viewer,
  filtered: Knex.QueryBuilder,
  filter: InitiativeFilter | undefined,
  query: string | null,
): Knex.QueryBuilder | Knex.Raw {
  const byStatusAlone =
    !query &&
    !filter?.measureIds?.length &&
    !filter?.leadOrganisationId &&
    !filter?.coProposerOrganisationId &&
    !filter?.elderships?.length &&
    !filter?.themes?.length &&
    !filter?.leadSector?.length;
  if (!byStatusAlone) return countOf(filtered);
  const statuses = filter?.status?.length ? filter.status : Object.values(InitiativeStatus);
  const drafts = draftsSeenBy(viewer);
  const kept = keptCount(
    knex,
    statuses.filter((status) => status !== InitiativeStatus.DRAFT || drafts === 'all').map((s) => `initiative:${s}`),
  );
  if (drafts !== 'own' || !statuses.includes(InitiativeStatus.DRAFT)) return kept;
  const ownDrafts = countOf(filtered.clone().where('i.status', InitiativeStatus.DRAFT));
  return knex.select(knex.raw('(?) + (?) as count', [kept, ownDrafts]));
}
