import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { InitiativeStatus } from '../initiatives/initiative.enums.js';
import { Factory } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { StatementNames } from './prepared-statements.js';

describe('which statements are prepared', () => {
  const page = `select i.id as "id", i.title as "title" from "initiative" as "i" where "i"."slug" = $1 limit 1`;

  it('names a select that lists its columns, the same text under the same name', () => {
    const names = new StatementNames(10);
    const name = names.nameOf(page);
    expect(name).toMatch(/^telka_\d+$/);
    expect(names.nameOf(page)).toBe(name);
    expect(names.nameOf(page.replace('limit 1', 'limit 2'))).not.toBe(name);
  });

  it('leaves writes, wildcard selects and word searches unnamed', () => {
    const names = new StatementNames(10);
    expect(names.nameOf(`update "initiative" set "title" = $1 where "id" = $2`)).toBeUndefined();
    expect(names.nameOf(`select "i0".* from "initiative" as "i0" where "i0"."id" = $1`)).toBeUndefined();
    expect(names.nameOf(`select * from "mikro_orm_migrations" order by "id" asc`)).toBeUndefined();
    expect(
      names.nameOf(`select i.id from initiative i where i.search_vector @@ to_tsquery('telka', $1) limit 31`),
    ).toBeUndefined();
    expect(names.nameOf(`select count(*) as "count" from "initiative" as "i"`)).toBeDefined();
  });

  it('names no more than its limit, and keeps the names it gave', () => {
    const names = new StatementNames(2);
    const first = names.nameOf(`${page} -- 1`);
    const second = names.nameOf(`${page} -- 2`);
    expect(names.nameOf(`${page} -- 3`)).toBeUndefined();
    expect([names.nameOf(`${page} -- 1`), names.nameOf(`${page} -- 2`)]).toEqual([first, second]);
  });
});

describe('a page read again', () => {
  const poolSize = 2;
  let app: TestApp;
  const list = `{ initiatives(first: 5) { totalCount edges { node { title leadOrganisation { name } } } } }`;

  beforeAll(async () => {
    app = await createTestApp({ load: { ...loadConfig({}).load, poolSize } });
    const factory = new Factory(app.orm);
    const community = await factory.organisation({ name: 'Gilučių bendruomenė' });
    await factory.initiative(community, { title: 'Pažintinis takas', status: InitiativeStatus.SUBMITTED });
  });

  /** What the pool's connections have prepared: all of them held at once, so that each answers. */
  async function preparedStatements(): Promise<{ statement: string; runs: number }[]> {
    const knex = app.orm.em.getKnex();
    let holding = 0;
    let allHeld!: () => void;
    const together = new Promise<void>((resolve) => (allHeld = resolve));
    const perConnection = await Promise.all(
      Array.from({ length: poolSize }, () =>
        knex.transaction(async (transaction) => {
          if (++holding === poolSize) allHeld();
          await together;
          const { rows } = await transaction.raw<{ rows: { statement: string; runs: number }[] }>(
            `select statement, (generic_plans + custom_plans)::int as runs from pg_prepared_statements`,
          );
          return rows;
        }),
      ),
    );
    return perConnection.flat();
  }

  it('runs the statement prepared the first time, and answers from the data as it is now', async () => {
    const first = await app.visitor().data<any>(list);
    const factory = new Factory(app.orm);
    const school = await factory.organisation({ name: 'Vievio gimnazija' });
    await factory.initiative(school, { title: 'Jaunimo stovykla', status: InitiativeStatus.SUBMITTED });
    const second = await app.visitor().data<any>(list);

    expect(first.initiatives.edges.map((edge: any) => edge.node.title)).toEqual(['Pažintinis takas']);
    expect(second.initiatives.edges.map((edge: any) => edge.node.title)).toEqual([
      'Jaunimo stovykla',
      'Pažintinis takas',
    ]);
    expect(second.initiatives.totalCount).toBe(2);
    const page = (await preparedStatements()).filter(({ statement }) =>
      statement.startsWith('select i.id as "id", i.title as "title"'),
    );
    // Both requests ran it as a prepared statement, on one connection or on each.
    expect(page.reduce((runs, statement) => runs + statement.runs, 0)).toBe(2);
  });
});
