import type { Knex, MikroORM } from '@mikro-orm/postgresql';

/**
 * Every SQL statement the app's connection pool runs while `work` runs, with what `work` returned:
 * how tests hold a page to its number of statements. Only meaningful on an app without the job
 * worker (the test app's default), whose jobs would run on the same pool whenever they are due.
 */
export async function statementsDuring<T>(
  orm: MikroORM,
  work: () => Promise<T>,
): Promise<{ result: T; statements: Knex.Sql[] }> {
  const knex = orm.em.getKnex();
  const statements: Knex.Sql[] = [];
  const record = (statement: Knex.Sql) => statements.push(statement);
  knex.on('query', record);
  try {
    return { result: await work(), statements };
  } finally {
    knex.removeListener('query', record);
  }
}
