import type { Knex } from '@mikro-orm/postgresql';
import { decodeCursor, type KeysetCursor } from '../common/pagination.js';
import { toPrefixTsQuery } from '../common/search.js';
import { OrganisationOrder } from './organisation.enums.js';
import type { OrganisationFilter } from './organisation.inputs.js';

/** How each ordering sorts, and how its keyset continues after a cursor. */
const orderings: Record<OrganisationOrder, { sortKey: string; direction: 'asc' | 'desc' }> = {
  [OrganisationOrder.NAME]: { sortKey: `o.name collate "lt-x-icu"`, direction: 'asc' },
  [OrganisationOrder.MEMBER_SINCE]: { sortKey: `coalesce(o.member_since, 'infinity'::date)`, direction: 'asc' },
  [OrganisationOrder.NEWEST]: { sortKey: 'o.created_at', direction: 'desc' },
  [OrganisationOrder.RELEVANCE]: { sortKey: `ts_rank(o.search_vector, to_tsquery('telka', :query))`, direction: 'desc' },
};

export type DirectoryRequest = {
  filter: OrganisationFilter | undefined;
  order: OrganisationOrder;
  first: number;
  after: string | null | undefined;
};

/**
 * The directory as SQL: filters, then keyset pagination on (sort key, id), so page 100 costs the
 * same as page 1. Returns the page query (first + 1 rows, with `sort_value`) and the count query.
 */
export function buildDirectoryQueries(knex: Knex, request: DirectoryRequest) {
  const query = request.filter?.search ? toPrefixTsQuery(request.filter.search) : null;
  // Relevance without search text has nothing to rank by: fall back to names.
  const order = request.order === OrganisationOrder.RELEVANCE && !query ? OrganisationOrder.NAME : request.order;
  const { sortKey, direction } = orderings[order];
  const sortSql = knex.raw(sortKey.replace(':query', '?'), sortKey.includes(':query') ? [query] : []);

  const filtered = knex('organisation as o');
  const filter = request.filter;
  if (filter?.sector?.length) filtered.whereIn('o.sector', filter.sector);
  if (filter?.scope?.length) filtered.whereIn('o.scope', filter.scope);
  if (filter?.membership?.length) filtered.whereIn('o.membership', filter.membership);
  if (filter?.elderships?.length) {
    filtered.whereIn('o.eldership_id', knex('eldership').select('id').whereIn('code', filter.elderships));
  }
  if (query) filtered.whereRaw(`o.search_vector @@ to_tsquery('telka', ?)`, [query]);

  const count = filtered.clone().count<{ count: string }[]>({ count: '*' });

  const page = filtered
    .clone()
    .select('o.*', knex.raw('? as sort_value', [sortSql]))
    .orderByRaw(`? ${direction}, o.id ${direction}`, [sortSql])
    .limit(request.first + 1);
  if (request.after) {
    const cursor = decodeCursor(request.after, order);
    const comparison = direction === 'asc' ? '>' : '<';
    page.whereRaw(`(?, o.id) ${comparison} (${castFor(order)}, ?)`, [sortSql, cursor.value, cursor.id]);
  }
  return { page, count, order };
}

/** The cursor's value goes back into SQL with the sort key's own type and collation. */
function castFor(order: OrganisationOrder): string {
  switch (order) {
    case OrganisationOrder.NAME:
      return `?::text collate "lt-x-icu"`;
    case OrganisationOrder.MEMBER_SINCE:
      return '?::date';
    case OrganisationOrder.NEWEST:
      return '?::timestamptz';
    case OrganisationOrder.RELEVANCE:
      return '?::real';
  }
}

export function directoryCursor(order: OrganisationOrder, row: { id: string; sort_value: unknown }): KeysetCursor {
  const value = row.sort_value;
  return {
    order,
    id: row.id,
    value: value instanceof Date ? value.toISOString() : (value as string | number | null),
  };
}
