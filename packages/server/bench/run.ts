import 'reflect-metadata';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { initORM } from '../src/database/orm.js';
import { seedDemo } from '../src/database/seed/demo.js';
import { generateSynthetic } from '../src/database/seed/synthetic.js';

/**
 * The directory under load: fills a fresh database (embedded, or BENCH_DATABASE_URL) with a
 * synthetic data set, then times GraphQL requests over HTTP and prints a Markdown report
 * (docs/benchmarks.md keeps the results). Usage:
 *   pnpm --filter @telka/server bench:directory -- --organisations 2000 --initiatives 50000 --comments 1000000
 */
const { values } = parseArgs({
  options: {
    organisations: { type: 'string', default: '2000' },
    users: { type: 'string', default: '5000' },
    initiatives: { type: 'string', default: '50000' },
    comments: { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '200' },
  },
});
const counts = {
  organisations: Number(values.organisations),
  users: Number(values.users),
  initiatives: Number(values.initiatives),
  comments: Number(values.comments),
};
const requests = Number(values.requests);

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'telka-bench-'));
await chmod(dataDir, 0o755);
const database = process.env.BENCH_DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres({ dataDir, port: 54340, persistent: false });
const databaseUrl = process.env.BENCH_DATABASE_URL ?? database!.url;

const report: string[] = [];
const line = (text: string) => {
  report.push(text);
  console.log(text);
};

try {
  const orm = await initORM(databaseUrl);
  await seedDemo(orm.em.getKnex());
  const fillStarted = performance.now();
  await generateSynthetic(orm.em.getKnex(), counts);
  const fillSeconds = (performance.now() - fillStarted) / 1000;
  await orm.em.getConnection().execute('vacuum analyze');
  await orm.close(true);

  const app = await createApp({
    config: { ...loadConfig({}), port: 0, host: '127.0.0.1', databaseUrl, clientDir: undefined },
    logger: pino({ level: 'silent' }),
  });
  const url = await app.listen();
  const knex = app.orm.em.getKnex();
  let statements = 0;
  knex.on('query', () => statements++);

  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  const directory = `query ($first: Int, $after: String, $filter: OrganisationFilter, $orderBy: OrganisationOrder) {
    organisations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount pageInfo { endCursor }
      edges { node { id name sector membership eldership { name } representatives { person { displayName } } } }
    } }`;

  // A cursor deep into the list, to show keyset pagination costs the same on page 20 as on page 1.
  let deepCursor: string | null = null;
  for (let page = 0; page < 20; page++) {
    const data = await post(directory, { first: 50, after: deepCursor });
    deepCursor = data.organisations.pageInfo.endCursor;
  }

  const scenarios: [string, Record<string, unknown>][] = [
    ['first page, 20 by name', { first: 20 }],
    ['first page, 100 by name', { first: 100 }],
    ['page 21 (after 1,000 rows), 50 by name', { first: 50, after: deepCursor }],
    [
      'filter: sector + membership + eldership',
      { first: 20, filter: { sector: ['NGO'], membership: ['MEMBER'], elderships: ['vievio'] } },
    ],
    ['search "bendruomene", by relevance', { first: 20, filter: { search: 'bendruomene' }, orderBy: 'RELEVANCE' }],
    ['newest first', { first: 20, orderBy: 'NEWEST' }],
  ];

  line(
    `Data: ${counts.organisations} synthetic organisations (+ demo), ${counts.users} users, ${counts.initiatives} initiatives, ${counts.comments} comments; written in ${fillSeconds.toFixed(1)} s.`,
  );
  line('');
  line('| request | p50 ms | p95 ms | SQL statements |');
  line('| --- | --- | --- | --- |');
  for (const [name, variables] of scenarios) {
    await post(directory, variables); // warm-up
    const timings: number[] = [];
    statements = 0;
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      await post(directory, variables);
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    const pick = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!.toFixed(1);
    line(`| ${name} | ${pick(0.5)} | ${pick(0.95)} | ${(statements / requests).toFixed(0)} |`);
  }
  const { rss, heapUsed } = process.memoryUsage();
  line('');
  line(
    `Server process after the run: RSS ${(rss / 2 ** 20).toFixed(0)} MiB, heap ${(heapUsed / 2 ** 20).toFixed(0)} MiB.`,
  );
  await app.stop();
} finally {
  await database?.stop();
  await rm(dataDir, { recursive: true, force: true });
}
