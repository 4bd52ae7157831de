import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlatformRole } from '../src/accounts/account.enums.js';
import type { Organisation } from '../src/organisations/organisation.entity.js';
import { Factory, testPassword } from './factories.js';
import { GraphQLClient } from './graphql-client.js';
import { firstEvent, upgradeStatus } from './live-client.js';
import { freePort, startServer, type TestProcess } from './processes.js';
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
    expect(await upgradeStatus(app.url, { origin: 'https://evil.example' })).toBe(403);
    expect(await upgradeStatus(app.url, { origin: app.url })).toBe(101);
  });

  it('refuses upgrades whose Origin is not a URL, and lives on', async () => {
    // `null` comes from sandboxed frames and file: pages; the rest is what anyone can send.
    for (const origin of ['null', ':::', 'http://', '']) {
      expect(await upgradeStatus(app.url, { origin }), origin).toBe(403);
    }
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });
});

describe('errors over WebSocket', () => {
  const subscribeError = async (initiativeId: string) => {
    const watcher = firstEvent(app.url, commentAdded, { id: initiativeId });
    const { errors } = await watcher.result;
    await watcher.close();
    return errors?.[0];
  };
  const httpError = async (initiativeId: string) => {
    const writer = await factory.signedIn(app);
    const { errors } = await writer.request(addComment, { input: { initiativeId, body: 'Sveiki' } });
    return errors?.[0];
  };

  it('are shaped as over HTTP: the same code and message, no stack trace', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const overSocket = await subscribeError(unknown);
    const overHttp = await httpError(unknown);
    expect(overSocket?.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(overSocket).toMatchObject({ message: overHttp?.message, extensions: overHttp?.extensions });
  });

  it('never carry internal messages: a malformed id is refused as over HTTP', async () => {
    const overSocket = await subscribeError('not-an-id');
    const overHttp = await httpError('not-an-id');
    expect(overSocket?.message).not.toMatch(/uuid|syntax|select|sql/i);
    expect(overSocket?.extensions?.code).toBe(overHttp?.extensions?.code);
    expect(overSocket?.message).toBe(overHttp?.message);
  });

  it('give parse and validation failures the codes Apollo gives them', async () => {
    const broken = firstEvent(app.url, 'subscription {', {});
    expect((await broken.result).errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    await broken.close();
    const unknownField = firstEvent(app.url, 'subscription { nothingHere }', {});
    expect((await unknownField.result).errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    await unknownField.close();
  });
});

/** Two server processes on one database and one Redis: an event written to one reaches a watcher of the other. */
describe.runIf(process.env.REDIS_URL)('live updates across processes through Redis', () => {
  const processes: TestProcess[] = [];

  async function serverOnTheSameDatabase(): Promise<string> {
    const server = startServer(await freePort(), {
      DATABASE_URL: app.config.databaseUrl,
      REDIS_URL: process.env.REDIS_URL,
    });
    processes.push(server);
    await server.untilOutput('Telka is running');
    return server.url;
  }

  afterAll(async () => {
    await Promise.all(processes.map((server) => server.stop()));
  });

  it('delivers a comment written on one instance to a watcher on the other', async () => {
    const [first, second] = await Promise.all([serverOnTheSameDatabase(), serverOnTheSameDatabase()]);
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
