import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factory, testPassword } from './factories.js';
import { GraphQLClient } from './graphql-client.js';
import { rawConnection, until, untilLive } from './live-client.js';
import { freePort, startProcess, startServer, type TestProcess } from './processes.js';
import { createTestApp, type TestApp } from './test-app.js';

/**
 * A Redis of the test's own on a free port, started, SIGKILLed and restarted under a real server
 * process: the machine's shared Redis is never touched.
 */
const redisBinary = '/usr/bin/redis-server';
const hasRedis = existsSync(redisBinary);
if (!hasRedis) console.warn(`live-redis.test.ts skipped: ${redisBinary} is missing (Debian package redis-server)`);

const commentAdded = `subscription ($id: ID!) { commentAdded(initiativeId: $id) { body } }`;
const addComment = `mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const started: TestProcess[] = [];

async function startRedis(port: number): Promise<TestProcess> {
  const redis = startProcess(redisBinary, [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  started.push(redis);
  await redis.untilOutput('Ready to accept connections');
  return redis;
}

async function readiness(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/readyz`);
  return { status: response.status, body: await response.json() };
}

describe.skipIf(!hasRedis)('live updates through a Redis that comes and goes', () => {
  let app: TestApp;
  let factory: Factory;

  beforeAll(async () => {
    // The in-process app only provides the database; the server under test is a process of its own.
    app = await createTestApp();
    factory = new Factory(app.orm);
  });

  afterAll(async () => {
    await Promise.all(started.map((child) => child.stop('SIGKILL')));
  });

  it('keeps writing while Redis is away, says so on /readyz, and delivers again once it is back', async () => {
    const redisPort = await freePort();
    const server = startServer(await freePort(), {
      DATABASE_URL: app.config.databaseUrl,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    });
    started.push(server);
    await server.untilOutput('Telka is running');
    const url = server.url;
    const diagnosis = () => server.output().slice(-4000);
    const initiative = await factory.initiative(await factory.organisation());
    const user = await factory.user();
    const writer = await new GraphQLClient(url).signIn(user.email, testPassword);
    const write = (body: string) => writer.data(addComment, { input: { initiativeId: initiative.id, body } });

    // Down at start: the server runs, writes succeed, readiness says why it is not ready.
    await write('Be Redis');
    expect(await readiness(url)).toEqual({ status: 503, body: { status: 'redis unreachable' } });
    // Followed while Redis is away: subscribed there once it comes.
    const watcher = await rawConnection(url);
    watcher.socket.send(
      JSON.stringify({
        id: '1',
        type: 'subscribe',
        payload: { query: commentAdded, variables: { id: initiative.id } },
      }),
    );

    const redis = await startRedis(redisPort);
    await until(async () => (await readiness(url)).status === 200, '/readyz 200 once Redis runs', 15_000);
    await untilLive(watcher, () => write('Su Redis'));

    // Killed mid-run: writes go on, the process lives, readiness follows.
    await redis.stop('SIGKILL');
    for (const body of ['Per trikdį 1', 'Per trikdį 2', 'Per trikdį 3']) await write(body);
    await until(async () => (await readiness(url)).status === 503, '/readyz 503 after the kill', 15_000);
    await write('Per trikdį 4');
    expect(server.child.exitCode, diagnosis()).toBeNull();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    // Back again: the subscription made before the kill receives events without any help.
    await startRedis(redisPort);
    await until(async () => (await readiness(url)).status === 200, '/readyz 200 after the restart', 15_000);
    await untilLive(watcher, () => write('Vėl su Redis'), 15_000, watcher.messages.length);
    expect(server.child.exitCode, diagnosis()).toBeNull();
    expect(diagnosis()).not.toMatch(/unhandled/i);
    // Every write acknowledged while Redis was away is there.
    const during = ['Be Redis', 'Per trikdį 1', 'Per trikdį 2', 'Per trikdį 3', 'Per trikdį 4'];
    const stored = await app.orm.em
      .getKnex()('comment')
      .where({ initiative_id: initiative.id })
      .whereIn('body', during);
    expect(stored).toHaveLength(during.length);
    watcher.socket.close();
  }, 180_000);
});
