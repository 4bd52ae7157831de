import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, type LoadLimits } from '../src/config.js';
import { Factory } from './factories.js';
import type { GraphQLResponse } from './graphql-client.js';
import { createTestApp, type TestApp } from './test-app.js';

/**
 * A busy day, made certain: a test transaction holds a lock the requests need, so they stay in
 * flight exactly as long as the test says, whatever the machine's speed.
 */
const defaults = loadConfig({}).load;
const openClients: pg.Client[] = [];

afterEach(async () => {
  await Promise.all(openClients.splice(0).map((client) => client.end()));
});

async function appWith(load: Partial<LoadLimits>): Promise<TestApp> {
  return createTestApp({ load: { ...defaults, ...load } });
}

/** Takes `lockSql` in an open transaction; returns the function that releases it. */
async function holdLock(app: TestApp, lockSql: string, values: unknown[] = []): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: app.config.databaseUrl });
  await client.connect();
  openClients.push(client);
  await client.query('begin');
  await client.query(lockSql, values);
  return async () => {
    await client.query('commit');
  };
}

/** Waits until `count` statements of the app's database are waiting for a lock. */
async function untilWaitingOnLocks(app: TestApp, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: app.config.databaseUrl });
  await client.connect();
  openClients.push(client);
  for (;;) {
    const { rows } = await client.query<{ waiting: number }>(
      `select count(*)::int as waiting from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock'`,
    );
    if ((rows[0]?.waiting ?? 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until no statement of the app's database is running or holding a transaction open. */
async function untilDatabaseIdle(app: TestApp): Promise<void> {
  const client = new pg.Client({ connectionString: app.config.databaseUrl });
  await client.connect();
  openClients.push(client);
  for (;;) {
    const { rows } = await client.query<{ busy: number }>(
      `select count(*)::int as busy from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'`,
    );
    if ((rows[0]?.busy ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const listQuery = JSON.stringify({ query: '{ organisations(first: 1) { totalCount } }' });
const post = (app: TestApp, signal?: AbortSignal) =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: listQuery,
    signal,
  });

describe('admission at the edge', () => {
  it('serves what it can, queues the next, and refuses beyond the queue at once with 503 and Retry-After', async () => {
    const app = await appWith({ maxConcurrentRequests: 1, queueLimit: 2, queueTimeoutMs: 60_000 });
    const release = await holdLock(app, 'lock table organisation in access exclusive mode');

    const running = post(app);
    await untilWaitingOnLocks(app, 1);
    // Five more arrive together: two find room in the queue, three are refused.
    const answered: Response[] = [];
    const crowd = Array.from({ length: 5 }, () => post(app).then((response) => (answered.push(response), response)));
    while (answered.length < 3) await new Promise((resolve) => setTimeout(resolve, 20));

    // Refused while the lock is still held: no work was done for them.
    expect(answered).toHaveLength(3);
    for (const response of answered) {
      expect(response.status).toBe(503);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await response.json()) as GraphQLResponse;
      expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    }
    await release();
    const statuses = (await Promise.all([running, ...crowd])).map((response) => response.status);
    expect(statuses.sort()).toEqual([200, 200, 200, 503, 503, 503]);
  });

  it('refuses a request that waited longer than the queue allows, before doing any of its work', async () => {
    const app = await appWith({ maxConcurrentRequests: 1, queueTimeoutMs: 200 });
    const release = await holdLock(app, 'lock table organisation in access exclusive mode');
    const running = post(app);
    await untilWaitingOnLocks(app, 1);

    const waited = await post(app);
    expect(waited.status).toBe(503);
    expect(waited.headers.get('retry-after')).not.toBeNull();
    await release();
    expect((await running).status).toBe(200);
  });
});

describe('writes are answered or not done', () => {
  async function commentScene(app: TestApp) {
    const factory = new Factory(app.orm);
    const lead = await factory.organisation();
    const initiative = await factory.initiative(lead);
    // Straight in the database: a sign-in over HTTP may itself take longer than a short deadline.
    const author = await factory.withSession(app);
    const body = `Komentaras ${Math.random()}`;
    const send = (signal?: AbortSignal) =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: author.cookie ?? '' },
        body: JSON.stringify({
          query: 'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
          variables: { input: { initiativeId: initiative.id, body } },
        }),
        signal,
      });
    const stored = async () => {
      const knex = app.orm.em.getKnex();
      const [comments] = await knex('comment').where({ body }).count<{ count: string }[]>({ count: '*' });
      const [row] = await knex('initiative').where({ id: initiative.id }).select('comment_count');
      return { comments: Number(comments?.count), commentCount: Number(row?.comment_count) };
    };
    // The write needs the initiative's row for its counters: holding it keeps the write in flight.
    const lockRow = () => holdLock(app, 'select 1 from initiative where id = $1 for update', [initiative.id]);
    return { send, stored, lockRow };
  }

  it('rolls back a write whose client hung up before it could commit', async () => {
    const app = await appWith({});
    const scene = await commentScene(app);
    const release = await scene.lockRow();
    const hangUp = new AbortController();
    const sent = scene.send(hangUp.signal).catch((error: unknown) => error);
    await untilWaitingOnLocks(app, 1);
    hangUp.abort();
    expect(await sent).toBeInstanceOf(Error);

    await release();
    await untilDatabaseIdle(app);
    expect(await scene.stored()).toEqual({ comments: 0, commentCount: 0 });
  });

  it('answers 503 and commits nothing when a write runs past its deadline', async () => {
    const app = await appWith({ requestDeadlineMs: 200 });
    const scene = await commentScene(app);
    const release = await scene.lockRow();
    const sent = scene.send();
    await untilWaitingOnLocks(app, 1);
    // Past the deadline whatever the machine's speed; only then may the write go on.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await release();

    const response = await sent;
    expect(response.status).toBe(503);
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(await scene.stored()).toEqual({ comments: 0, commentCount: 0 });
  });

  it('commits and answers a write that is in time (the guard is no obstacle)', async () => {
    const app = await appWith({});
    const scene = await commentScene(app);
    const response = await scene.send();
    expect(response.status).toBe(200);
    expect(await scene.stored()).toEqual({ comments: 1, commentCount: 1 });
  });
});
