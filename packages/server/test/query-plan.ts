import type { Knex, MikroORM } from '@mikro-orm/postgresql';

export type PlanNode = {
  'Node Type': string;
  'Index Name'?: string;
  'Parent Relationship'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
};

/**
 * PostgreSQL's plan of `sql` (knex's `?` placeholders), with `settings` (e.g. `enable_seqscan =
 * off`: a test's tables are small enough that reading them whole always wins) for this statement
 * alone. `analyze` runs it and adds what it read (`buffers`).
 */
export async function planOf(
  orm: MikroORM,
  sql: string,
  options: { bindings?: readonly Knex.RawBinding[]; settings?: string[]; analyze?: boolean } = {},
): Promise<PlanNode> {
  const { bindings = [], settings = [], analyze = false } = options;
  return orm.em.getKnex().transaction(async (transaction) => {
    for (const setting of settings) await transaction.raw(`set local ${setting}`);
    const explained = await transaction.raw(
      `explain (${analyze ? 'analyze, buffers, ' : ''}format json) ${sql}`,
      bindings,
    );
    return explained.rows[0]['QUERY PLAN'][0].Plan as PlanNode;
  });
}
