import type { Knex } from '@mikro-orm/postgresql';
import { BadUserInputError } from './errors.js';
import { withJsonLists, type JsonList } from './json-list.js';
import { decodeCursor, toConnection, type Connection, type KeysetCursor } from './pagination.js';
import type { PageSelection } from './selected-fields.js';

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
    // In the text rather than a parameter: a named statement's generic plan then knows how few rows
    // the page takes, and PostgreSQL keeps it (see database/prepared-statements.ts).
    .limit(page.first + 1, { skipBinding: true });
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
  if (/::numeric\b/.test(cast)) return typeof value === 'string' && /^-?\d{1,20}(\.\d{1,20})?$/.test(value);
  if (/::(date|timestamptz)\b/.test(cast)) {
    if (value === 'infinity' || value === '-infinity') return true;
    return typeof value === 'string' && isoDate.test(value) && !Number.isNaN(Date.parse(value));
  }
  return typeof value === 'string' && !value.includes('\u0000');
}

function keysetCursor(ordering: KeysetOrdering, row: { id: string; sort_value: unknown }): KeysetCursor {
  return { order: ordering.name, id: row.id, value: row.sort_value as string | number | null };
}

/** The statement counting a list's matches, as `count`: `select count(*)` of its filtered query. */
export function countOf(filtered: Knex.QueryBuilder): Knex.QueryBuilder {
  return filtered.clone().clearSelect().clearOrder().count({ count: '*' });
}

/**
 * The statement reading counts kept by triggers (migration `row_counts`), summed as `count`: an unfiltered
 * list's `totalCount` then costs the same however large the table grows. Raw SQL: every page of a
 * list compiles it, and knex's query builder takes several times longer to compile than a raw statement.
 */
export function keptCount(knex: Knex, names: readonly string[]): Knex.Raw {
  if (!names.length) return knex.raw('select 0 as count');
  const placeholders = names.map(() => '?').join(', ');
  return knex.raw(`select coalesce(sum(count), 0) as count from row_count where name in (${placeholders})`, [...names]);
}

/** What a keyset list's page is read with: its statement, its count and its ordering. */
export type KeysetQueries = { page: Knex.QueryBuilder; count: Knex.QueryBuilder | Knex.Raw; ordering: KeysetOrdering };

/**
 * A page of a keyset list as a connection, in one statement: the rows; the lists the page shows
 * among `lists` (as columns, `parentId` being the SQL of a row's id; see json-list.ts); and, when
 * the page shows it, the count, as a subquery PostgreSQL runs once (counted on its own only for a
 * page without rows).
 */
export async function keysetConnection<T>(
  { page, count, ordering }: KeysetQueries,
  request: { first: number; after?: string | null },
  selection: PageSelection,
  lists: { parentId: string; read: Record<string, JsonList<unknown>> } = { parentId: '', read: {} },
): Promise<Connection<T>> {
  const convertLists = withJsonLists(page, lists.parentId, lists.read, selection.node);
  if (selection.totalCount) page.select(page.client.raw('(?) as total_count', [count]));
  const rows = (await page) as (KeysetRow & { total_count?: string })[];
  convertLists(rows);
  const counted = rows[0]?.total_count;
  const countOnItsOwn = async () => {
    // A query builder answers with its rows, a raw statement (keptCount) with the driver's result.
    const answer = (await count) as { count: string }[] | { rows: { count: string }[] };
    const [row] = Array.isArray(answer) ? answer : answer.rows;
    return Number(row?.count ?? 0);
  };
  return toConnection(
    keysetItems<T>(ordering, rows),
    request,
    counted === undefined ? countOnItsOwn : async () => Number(counted),
  );
}

type KeysetRow = Record<string, unknown> & { id: string; sort_value: unknown };

/**
 * Plain rows of a read query as page items with their cursors. The rows are the nodes as read:
 * their helper columns (`sort_value`, `total_count`) are no field of the API, and copying rows
 * without them would cost more than it saves.
 */
function keysetItems<T>(ordering: KeysetOrdering, rows: KeysetRow[]): { node: T; cursor: KeysetCursor }[] {
  return rows.map((row) => ({ node: row as unknown as T, cursor: keysetCursor(ordering, row) }));
}
