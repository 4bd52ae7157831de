import type pg from 'pg';

/**
 * Read statements are sent as named (prepared) statements, so that each connection has PostgreSQL
 * parse and plan them once rather than on every request. A page's statement is long — its joins'
 * JSON, subselects — and planning it cost more than running it (the initiative page: 1.6 of its
 * 1.9 ms of database CPU). With `plan_cache_mode` left at `auto`, PostgreSQL still plans a named
 * statement for its values during its first five runs and keeps a generic plan only when that
 * costs no more than those did.
 *
 * Named: selects that list their columns, except word searches. A `select *` or `select t.*` (the
 * ORM's entity reads) is left to be planned each time: its cached plan would fail with "cached plan
 * must not change result type" once a migration adds a column while the connection lives. A word
 * search's best plan depends on how many rows its words match, which a generic plan cannot know
 * (one measured a third slower), and its planning is a small part of its cost.
 */
const isNamed = (text: string) =>
  /^(?:select|with)\s/i.test(text) && !/\.\*|^select \*/i.test(text) && !/\b(?:to_tsquery|similarity)\(/.test(text);

/**
 * The names of one pool's statements. A connection keeps each statement it has run, with its plan
 * (about 175 kB in PostgreSQL 15), for its lifetime; so at most `limit` texts are ever named, and
 * any beyond go unnamed, planned each time as before: a client sending endless variations of its
 * query cannot make the database keep endless plans.
 */
export class StatementNames {
  private readonly names = new Map<string, string>();

  constructor(private readonly limit: number) {}

  /** The name `text` is prepared under on every connection, or undefined when it is sent unnamed. */
  nameOf(text: string): string | undefined {
    const known = this.names.get(text);
    if (known !== undefined || this.names.size >= this.limit || !isNamed(text)) return known;
    const name = `telka_${this.names.size + 1}`;
    this.names.set(text, name);
    return name;
  }
}

type QueryConfig = { text?: unknown; name?: unknown; submit?: unknown };

/**
 * Names what `connection` is asked to run from here on, as `names` says. knex hands node-postgres
 * each statement as `{ text, values }`; pg has no option of its own to prepare them.
 */
export function nameRepeatedStatements(connection: pg.Client, names: StatementNames): void {
  const query = connection.query.bind(connection) as (config: unknown, ...rest: unknown[]) => unknown;
  const named = (config: unknown, ...rest: unknown[]) => {
    if (typeof config === 'object' && config !== null) {
      const { text, name, submit } = config as QueryConfig;
      const statement = typeof text === 'string' && name === undefined && submit === undefined && names.nameOf(text);
      if (statement) return query({ ...config, name: statement }, ...rest);
    }
    return query(config, ...rest);
  };
  connection.query = named as typeof connection.query;
}
