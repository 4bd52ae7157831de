import { beforeAll, describe, expect, it } from 'vitest';
import { PlatformRole } from '../src/accounts/account.enums.js';
import { Affiliation } from '../src/accounts/affiliation.entity.js';
import { InitiativeStatus } from '../src/initiatives/initiative.enums.js';
import { LiveCloseCode } from '../src/live/limits.js';
import { Factory, testPassword } from './factories.js';
import type { GraphQLClient } from './graphql-client.js';
import { rawConnection, until, untilLive } from './live-client.js';
import { createTestApp, type TestApp } from './test-app.js';

const commentAdded = `subscription ($id: ID!) { commentAdded(initiativeId: $id) { body } }`;
const addComment = `mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const deadlineMs = 10_000;

/** A socket of `client`'s session following the comments of an initiative. */
async function watch(app: TestApp, client: GraphQLClient, initiativeId: string) {
  const connection = await rawConnection(app.url, client.cookie);
  connection.socket.send(
    JSON.stringify({ id: '1', type: 'subscribe', payload: { query: commentAdded, variables: { id: initiativeId } } }),
  );
  return connection;
}

/** Resolves with the close code, or with 'open' when the socket is still open after the deadline. */
function closedWithin(closed: Promise<number>, ms = deadlineMs): Promise<number | 'open'> {
  return Promise.race([closed, new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), ms))]);
}

describe('subscriptions end with their session', () => {
  let app: TestApp;
  let factory: Factory;

  beforeAll(async () => {
    app = await createTestApp({}, { liveLimits: { sessionSweepIntervalMs: 200 } });
    factory = new Factory(app.orm);
  });

  it('closes the socket of a session that signs out', async () => {
    const initiative = await factory.initiative(await factory.organisation());
    const reader = await factory.signedIn(app);
    const connection = await watch(app, reader, initiative.id);
    await reader.data(`mutation { signOut }`);
    expect(await closedWithin(connection.closed)).toBe(LiveCloseCode.SESSION_ENDED);
  });

  it('closes the sockets of the other sessions when the password changes', async () => {
    const initiative = await factory.initiative(await factory.organisation());
    const user = await factory.user();
    const laptop = await app.client().signIn(user.email, testPassword);
    const phone = await app.client().signIn(user.email, testPassword);
    const onLaptop = await watch(app, laptop, initiative.id);
    const onPhone = await watch(app, phone, initiative.id);
    await phone.data(`mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`, {
      input: { currentPassword: testPassword, newPassword: 'a brand new passphrase' },
    });
    expect(await closedWithin(onLaptop.closed)).toBe(LiveCloseCode.SESSION_ENDED);
    // The session that changed it goes on.
    expect(await closedWithin(onPhone.closed, 1000)).toBe('open');
    onPhone.socket.close();
  });

  it('ends a subscription to a draft once the affiliation that showed it is removed', async () => {
    const lead = await factory.organisation();
    const draft = await factory.initiative(lead, { status: InitiativeStatus.DRAFT });
    const user = await factory.user({ represents: [lead] });
    const representative = await app.client().signIn(user.email, testPassword);
    const connection = await watch(app, representative, draft.id);
    const colleague = await factory.signedIn(app, { represents: [lead] });
    await untilLive(connection, () =>
      colleague.data(addComment, { input: { initiativeId: draft.id, body: 'Dar matai' } }),
    );
    const seenBefore = connection.messages.length;

    const staff = await factory.signedIn(app, { role: PlatformRole.STAFF });
    const affiliation = await app.orm.em.fork().findOneOrFail(Affiliation, { user: user.id });
    await staff.data(`mutation ($id: ID!) { removeAffiliation(id: $id) }`, { id: affiliation.id });
    await colleague.data(addComment, { input: { initiativeId: draft.id, body: 'Jau nebematai' } });
    await until(() => connection.messages.some((message) => message.type === 'error'), 'the end of the subscription');
    expect(connection.messages.slice(seenBefore)).toEqual([
      { id: '1', type: 'error', payload: [expect.objectContaining({ extensions: { code: 'NOT_FOUND' } })] },
    ]);
    // Still signed in: the connection stays for other subscriptions.
    expect(await closedWithin(connection.closed, 500)).toBe('open');
    connection.socket.close();
  });
});

describe('before each event', () => {
  let app: TestApp;
  let factory: Factory;

  beforeAll(async () => {
    // No sweep within the test: only the check before an event can notice the sign-out.
    app = await createTestApp({}, { liveLimits: { sessionSweepIntervalMs: 10 * 60_000 } });
    factory = new Factory(app.orm);
  });

  it('checks the session and delivers nothing to a session that has ended', async () => {
    const initiative = await factory.initiative(await factory.organisation());
    const reader = await factory.signedIn(app);
    const connection = await watch(app, reader, initiative.id);
    const writer = await factory.signedIn(app);
    await untilLive(connection, () => writer.data(addComment, { input: { initiativeId: initiative.id, body: 'Dar' } }));
    const seenBefore = connection.messages.length;
    await reader.data(`mutation { signOut }`);
    await writer.data(addComment, { input: { initiativeId: initiative.id, body: 'Niekam' } });
    expect(await closedWithin(connection.closed)).toBe(LiveCloseCode.SESSION_ENDED);
    expect(connection.messages.slice(seenBefore).filter((message) => message.type === 'next')).toEqual([]);
  });
});
