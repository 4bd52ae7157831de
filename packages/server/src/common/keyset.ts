import type { Knex } from '@mikro-orm/postgresql';
import { BadUserInputError } from './errors.js';
import { decodeCursor, type KeysetCursor } from './pagination.js';

/** One ordering of a list: the SQL of its sort key, the direction, and how a cursor value is cast back. */
export type KeysetOrdering = {
  name: string;
  sortKey: Knex.Raw;
  direction: 'asc' | 'desc';
  /** e.g. `?::date`; the cursor's value goes back into SQL with the sort key's type. */
  cast: string;
};

/**
 * Orders `query` by (sort key, id) and continues after `after`, so any page costs what the
 * first costs. Selects the sort key as `sort_value` for the next cursor; fetches one extra row
 * to tell whether more follow.
 */
export function applyKeyset(
  query: Knex.QueryBuilder,
  idColumn: string,
  ordering: KeysetOrdering,
  page: { first: number; after?: string | null },
): Knex.QueryBuilder {
  const { sortKey, direction } = ordering;
  query
    .select(query.client.raw('? as sort_value', [sortKey]))
    .orderByRaw(`? ${direction}, ${idColumn} ${direction}`, [sortKey])
    .limit(page.first + 1);
  if (page.after) {
    const cursor = decodeCursor(page.after, ordering.name);
    if (!fitsSortKey(cursor.value, ordering.cast)) {
      throw BadUserInputError.field('after', 'INVALID_CURSOR', 'is not a cursor of this list and ordering');
    }
    const comparison = direction === 'asc' ? '>' : '<';
    query.whereRaw(`(?, ${idColumn}) ${comparison} (${ordering.cast}, ?)`, [sortKey, cursor.value, cursor.id]);
  }
  return query;
}

const isoDate = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}(:?\d{2})?)?)?$/;

/**
 * Whether a cursor's value can be cast to its sort key's type: a forged cursor is refused as bad
 * input here rather than failing inside PostgreSQL.
 */
function fitsSortKey(value: string | number | null, cast: string): boolean {
  if (value === null) return true;
  if (/::int\b/.test(cast)) return Number.isInteger(value) && Math.abs(value as number) < 2 ** 31;
  if (/::real\b/.test(cast)) return typeof value === 'number' && Math.abs(value) < 3.4e38;
  if (/::(date|timestamptz)\b/.test(cast)) {
    if (value === 'infinity' || value === '-infinity') return true;
    return typeof value === 'string' && isoDate.test(value) && !Number.isNaN(Date.parse(value));
  }
  return typeof value === 'string' && !value.includes('\u0000');
}

function keysetCursor(ordering: KeysetOrdering, row: { id: string; sort_value: unknown }): KeysetCursor {
  return { order: ordering.name, id: row.id, value: row.sort_value as string | number | null };
}

/** `select count(*)` of `query`, as a function to run only when the count is wanted. */
export function countOf(query: Knex.QueryBuilder): () => Promise<number> {
  return async () => {
    const [row] = (await query.clone().clearSelect().clearOrder().count({ count: '*' })) as { count: string }[];
    return Number(row?.count ?? 0);
  };
}

/**
 * The count of a whole table kept by triggers (migration `row_counts`): an unfiltered list's
 * `totalCount` then costs the same however large the table grows.
 */
export function keptCount(knex: Knex, table: 'organisation'): () => Promise<number> {
  return async () => {
    const row = (await knex('row_count').where({ name: table }).first('count')) as { count: string } | undefined;
    return Number(row?.count ?? 0);
  };
}

export type KeysetRow = Record<string, unknown> & { id: string; sort_value: unknown };

/** Plain rows of a read query as page items: the row without its helper column, and its cursor. */
export function keysetItems<T>(ordering: KeysetOrdering, rows: KeysetRow[]): { node: T; cursor: KeysetCursor }[] {
  return rows.map((row) => {
    const { sort_value: _sortValue, ...node } = row;
    return { node: node as T, cursor: keysetCursor(ordering, row) };
  });
}
