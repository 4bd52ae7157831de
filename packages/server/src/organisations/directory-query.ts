import type { Knex } from '@mikro-orm/postgresql';
import { applyKeyset, countOf, keptCount, type KeysetOrdering, type KeysetQueries } from '../common/keyset.js';
import { toPrefixTsQuery } from '../common/search.js';
import { OrganisationOrder } from './organisation.enums.js';
import { selectOrganisationView } from './organisation-read.js';
import type { OrganisationFilter } from './organisation.inputs.js';

export type DirectoryRequest = {
  filter: OrganisationFilter | undefined;
  order: OrganisationOrder;
  first: number;
  after: string | null | undefined;
};

function ordering(knex: Knex, order: OrganisationOrder, query: string | null): KeysetOrdering {
  switch (order) {
    case OrganisationOrder.NAME:
      return {
        name: order,
        sortKey: knex.raw(`o.name collate "lt-x-icu"`),
        direction: 'asc',
        cast: `?::text collate "lt-x-icu"`,
      };
    case OrganisationOrder.MEMBER_SINCE:
      return {
        name: order,
        sortKey: knex.raw(`coalesce(o.member_since, 'infinity'::date)`),
        direction: 'asc',
        cast: '?::date',
      };
    case OrganisationOrder.NEWEST:
      return { name: order, sortKey: knex.raw('o.created_at'), direction: 'desc', cast: '?::timestamptz' };
    case OrganisationOrder.RELEVANCE:
      return {
        name: order,
        sortKey: knex.raw(`ts_rank(o.search_vector, to_tsquery('telka', ?))`, [query]),
        direction: 'desc',
        cast: '?::real',
      };
  }
}

/**
 * The directory as SQL: filters, then keyset pagination. Returns the page query (first + 1 rows,
 * with `sort_value`), the count query, and the ordering actually used.
 */
/** `shown`: the fields of the page's organisations the client asked for (all when absent). */
export function buildDirectoryQueries(
  knex: Knex,
  request: DirectoryRequest,
  shown?: ReadonlySet<string>,
): KeysetQueries {
  const query = request.filter?.search ? toPrefixTsQuery(request.filter.search) : null;
  // Relevance without search text has nothing to rank by: fall back to names.
  const order = request.order === OrganisationOrder.RELEVANCE && !query ? OrganisationOrder.NAME : request.order;
  const sort = ordering(knex, order, query);

  const filtered = knex('organisation as o');
  const filter = request.filter;
  if (filter?.sector?.length) filtered.whereIn('o.sector', filter.sector);
  if (filter?.scope?.length) filtered.whereIn('o.scope', filter.scope);
  if (filter?.membership?.length) filtered.whereIn('o.membership', filter.membership);
  if (filter?.elderships?.length) {
    filtered.whereIn('o.eldership_id', knex('eldership').select('id').whereIn('code', filter.elderships));
  }
  if (query) filtered.whereRaw(`o.search_vector @@ to_tsquery('telka', ?)`, [query]);

  const unfiltered =
    !query &&
    !filter?.sector?.length &&
    !filter?.scope?.length &&
    !filter?.membership?.length &&
    !filter?.elderships?.length;
  const count = unfiltered ? keptCount(knex, ['organisation']) : countOf(filtered);
  const page = applyKeyset(selectOrganisationView(filtered.clone(), shown), 'o.id', sort, request);
  return { page, count, ordering: sort };
}
