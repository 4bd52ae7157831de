import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { PlatformRole } from '../src/accounts/account.enums.js';
import type { Organisation } from '../src/organisations/organisation.entity.js';
import { Factory, testPassword } from './factories.js';
import { GraphQLClient } from './graphql-client.js';
import { firstEvent } from './live-client.js';
import { createTestApp, type TestApp } from './test-app.js';

const commentAdded = `subscription ($id: ID!) { commentAdded(initiativeId: $id) { body author { displayName } } }`;
const initiativeChanged = `subscription ($id: ID!) { initiativeChanged(initiativeId: $id) { status statusHistory { reason } } }`;
const addComment = `mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`;

let app: TestApp;
let factory: Factory;
let lead: Organisation;

beforeAll(async () => {
  app = await createTestApp();
  factory = new Factory(app.orm);
  lead = await factory.organisation();
});

describe('live updates in one process', () => {
  it('delivers a new comment to someone watching the initiative', async () => {
    const initiative = await factory.initiative(lead);
    const watcher = firstEvent(app.url, commentAdded, { id: initiative.id });
    await watcher.ready;
    const writer = await factory.signedIn(app, { displayName: 'Birutė' });
    await writer.data(addComment, { input: { initiativeId: initiative.id, body: 'Sveiki visi' } });
    expect(await watcher.result).toEqual({
      data: { commentAdded: { body: 'Sveiki visi', author: { displayName: 'Birutė' } } },
    });
    await watcher.close();
  });

  it('delivers status changes with their reason', async () => {
    const initiative = await factory.initiative(lead);
    const watcher = firstEvent(app.url, initiativeChanged, { id: initiative.id });
    await watcher.ready;
    const staff = await factory.signedIn(app, { role: PlatformRole.STAFF });
    await staff.data(
      `mutation ($input: TransitionInitiativeInput!) { transitionInitiative(input: $input) { status } }`,
      {
        input: { id: initiative.id, to: 'UNDER_REVIEW', reason: 'Pradedame vertinimą' },
      },
    );
    expect(await watcher.result).toEqual({
      data: { initiativeChanged: { status: 'UNDER_REVIEW', statusHistory: [{ reason: 'Pradedame vertinimą' }] } },
    });
    await watcher.close();
  });

  it('authorises subscriptions like queries: a draft cannot be watched by a visitor', async () => {
    const draft = await factory.initiative(lead, { status: 'DRAFT' as never });
    const watcher = firstEvent(app.url, commentAdded, { id: draft.id });
    const result = await watcher.result;
    expect(result.errors?.[0]?.message).toMatch(/not found/i);
    await watcher.close();

    const author = await factory.signedIn(app, { represents: [lead] });
    const allowed = firstEvent(app.url, commentAdded, { id: draft.id }, author.cookie);
    await allowed.ready;
    await author.data(addComment, { input: { initiativeId: draft.id, body: 'Tik mums' } });
    expect((await allowed.result).data).toEqual({ commentAdded: { body: 'Tik mums', author: expect.any(Object) } });
    await allowed.close();
  });

  it('serves only subscriptions over WebSocket, within the query limits', async () => {
    const query = firstEvent(app.url, `{ about { boardSize } }`, {});
    expect((await query.result).errors?.[0]?.message).toMatch(/only subscriptions/i);
    await query.close();
    const nest = (depth: number): string =>
      depth === 0 ? 'id' : `initiative { comments { edges { node { ${nest(depth - 1)} } } } }`;
    const deep = firstEvent(app.url, `subscription ($id: ID!) { commentAdded(initiativeId: $id) { ${nest(4)} } }`, {
      id: lead.id,
    });
    expect((await deep.result).errors?.[0]?.message).toMatch(/depth/i);
    await deep.close();
  });

  it('refuses WebSocket upgrades from another site', async () => {
    const socket = new WebSocket(`${app.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
      headers: { origin: 'https://evil.example' },
    });
    const status = await new Promise<number>((resolve) => {
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('open', () => resolve(101));
    });
    expect(status).toBe(401);
  });
});

/** Two server processes on one database and one Redis: an event written to one reaches a watcher of the other. */
describe.runIf(process.env.REDIS_URL)('live updates across processes through Redis', () => {
  const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const processes: ChildProcess[] = [];

  async function startServer(port: number): Promise<string> {
    const server = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
      cwd: serverRoot,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: app.config.databaseUrl,
        REDIS_URL: process.env.REDIS_URL,
        LOG_LEVEL: 'info',
        TELKA_CLIENT_DIR: '/nonexistent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    processes.push(server);
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const started = Date.now();
    while (!output.includes('Telka is running')) {
      if (Date.now() - started > 60_000 || server.exitCode !== null)
        throw new Error(`server did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return `http://127.0.0.1:${port}`;
  }

  afterAll(async () => {
    await Promise.all(
      processes.map(
        (server) =>
          new Promise((resolve) => {
            server.on('exit', resolve);
            server.kill('SIGTERM');
          }),
      ),
    );
  });

  it('delivers a comment written on one instance to a watcher on the other', async () => {
    const base = 41000 + Math.floor(Math.random() * 2000);
    const [first, second] = await Promise.all([startServer(base), startServer(base + 1)]);
    const initiative = await factory.initiative(lead);
    const watcher = firstEvent(first, commentAdded, { id: initiative.id });
    await watcher.ready;
    const user = await factory.user({ displayName: 'Per Redis' });
    const writer = await new GraphQLClient(second).signIn(user.email, testPassword);
    await writer.data(addComment, { input: { initiativeId: initiative.id, body: 'Iš kito serverio' } });
    expect(await watcher.result).toEqual({
      data: { commentAdded: { body: 'Iš kito serverio', author: { displayName: 'Per Redis' } } },
    });
    await watcher.close();
  }, 120_000);
});
