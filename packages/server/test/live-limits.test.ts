import { beforeAll, describe, expect, it } from 'vitest';
import { defaultLiveLimits } from '../src/live/limits.js';
import type { Initiative } from '../src/initiatives/initiative.entity.js';
import { Factory } from './factories.js';
import { rawConnection, until, upgradeStatus } from './live-client.js';
import { createTestApp, type TestApp } from './test-app.js';

const commentAdded = `subscription ($id: ID!) { commentAdded(initiativeId: $id) { body } }`;

let app: TestApp;
let factory: Factory;
let initiative: Initiative;

beforeAll(async () => {
  app = await createTestApp();
  factory = new Factory(app.orm);
  initiative = await factory.initiative(await factory.organisation());
});

describe('limits of live updates', () => {
  it('closes a connection that sends a message over the size limit, and only then', async () => {
    expect(defaultLiveLimits.maxMessageBytes).toBe(64 * 1024);
    const fits = await rawConnection(app.url);
    // Within the limit the message reaches graphql-ws, which refuses it as no message of its protocol.
    fits.socket.send('x'.repeat(defaultLiveLimits.maxMessageBytes - 1024));
    expect(await fits.closed).toBe(4400);

    const tooLarge = await rawConnection(app.url);
    tooLarge.socket.send('x'.repeat(defaultLiveLimits.maxMessageBytes + 1));
    expect(await tooLarge.closed).toBe(1009);
  });

  it('refuses a subscription beyond the limit of one connection, keeping the others', async () => {
    const limit = defaultLiveLimits.maxSubscriptionsPerConnection;
    const connection = await rawConnection(app.url);
    for (let id = 1; id <= limit + 1; id++) {
      connection.socket.send(
        JSON.stringify({
          id: String(id),
          type: 'subscribe',
          payload: { query: commentAdded, variables: { id: initiative.id } },
        }),
      );
    }
    await until(() => connection.messages.some((message) => message.type === 'error'), 'the refusal');
    const refusals = connection.messages.filter((message) => message.type === 'error');
    expect(refusals).toEqual([
      {
        id: String(limit + 1),
        type: 'error',
        payload: [expect.objectContaining({ extensions: { code: 'TOO_MANY_REQUESTS', limit } })],
      },
    ]);

    const writer = await factory.signedIn(app);
    const served = () => new Set(connection.messages.filter((m) => m.type === 'next').map((m) => m.id as string));
    // Each subscription starts a moment after its message: write until every one has had an event.
    await until(
      async () => {
        await writer.data(`mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
          input: { initiativeId: initiative.id, body: 'Dar gyvi' },
        });
        await until(() => served().size === limit, 'events', 1000).catch(() => undefined);
        return served().size === limit;
      },
      'an event on each subscription within the limit',
      20_000,
    );
    expect(served().has(String(limit + 1))).toBe(false);
    connection.socket.close();
  });

  it('refuses connections beyond the limit of one address with HTTP 429, and takes them again once one closes', async () => {
    const limit = defaultLiveLimits.maxConnectionsPerAddress;
    const connections = await Promise.all(Array.from({ length: limit }, () => rawConnection(app.url)));
    expect(await upgradeStatus(app.url, {})).toBe(429);

    connections[0]!.socket.close();
    await connections[0]!.closed;
    await until(async () => (await upgradeStatus(app.url, {})) === 101, 'a free place');
    for (const connection of connections) connection.socket.close();
    await Promise.all(connections.map((connection) => connection.closed));
  });
});
