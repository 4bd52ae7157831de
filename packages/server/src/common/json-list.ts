import type { Knex } from '@mikro-orm/postgresql';

/**
 * A list that belongs to a row (an organisation's representatives, an initiative's themes, a
 * comment's replies), said once in SQL: a correlated subquery that builds the list of one parent
 * as a JSON array. That one definition is read two ways: as one more column of a page's own
 * statement when the page shows the list (`withJsonLists`, read back by `prefetched`), and for a
 * batch of parents on its own (`readJsonLists`, a DataLoader's batch). Either way a page costs
 * the same statements at any size.
 */
export type JsonList<T> = {
  /** SQL of the JSON array of the parent whose id is the SQL expression `parentId`. */
  sql(parentId: string): string;
  /** From the JSON PostgreSQL built to what the API resolves; the JSON itself when absent. */
  fromJson?(json: unknown): T;
};

/** `select` of JSON objects (with its `from` and `where`) as a JSON array, empty rather than null. */
export function jsonArray(object: string, fromWhere: string, orderBy: string): string {
  return `(select coalesce(json_agg(${object} order by ${orderBy}), '[]'::json) ${fromWhere})`;
}

const fromJson = <T>(list: JsonList<T>, json: unknown): T => (list.fromJson ? list.fromJson(json) : (json as T));

/** The lists of `parentIds`, in their order, in one statement: a DataLoader's batch function. */
export async function readJsonLists<T>(knex: Knex, list: JsonList<T>, parentIds: readonly string[]): Promise<T[]> {
  const { rows } = (await knex.raw(
    `select ${list.sql('p.id')} as list from unnest(?::uuid[]) with ordinality as p(id, n) order by p.n`,
    [[...parentIds]],
  )) as { rows: { list: unknown }[] };
  return rows.map((row) => fromJson(list, row.list));
}

/** The column a list read with its page's rows is read into, clear of any field of the row itself. */
const columnOf = (field: string) => `list:${field}`;

/**
 * Adds, as columns of the page's `query`, the lists among `lists` (by field name) that the page
 * shows (`shown`); `parentId` is the SQL of a row's id. Returns what turns those columns of the
 * fetched rows into what the API resolves (`prefetched` then reads them).
 */
export function withJsonLists(
  query: Knex.QueryBuilder,
  parentId: string,
  lists: Record<string, JsonList<unknown>>,
  shown: ReadonlySet<string>,
): (rows: readonly Record<string, unknown>[]) => void {
  const added = Object.keys(lists).filter((field) => shown.has(field));
  for (const field of added) {
    query.select(query.client.raw(`${lists[field]!.sql(parentId)} as "${columnOf(field)}"`));
  }
  const converted = added.filter((field) => lists[field]!.fromJson);
  return (rows) => {
    for (const field of converted) {
      for (const row of rows) row[columnOf(field)] = fromJson(lists[field]!, row[columnOf(field)]);
    }
  };
}

/**
 * The list `field` of `row` when its page read it with the row; undefined otherwise (a row of
 * another page, an entity a mutation answers), when the field's loader reads it.
 */
export function prefetched<T>(row: object, field: string): T | undefined {
  return (row as Record<string, T | undefined>)[columnOf(field)];
}
