import type { ParsedMail } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlatformRole } from '../accounts/account.enums.js';
import type { User } from '../accounts/user.entity.js';
import { InitiativeStatus } from '../initiatives/initiative.enums.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import { Factory, testPassword } from '../../test/factories.js';
import type { GraphQLClient } from '../../test/graphql-client.js';
import { rawConnection, until } from '../../test/live-client.js';
import { startMailSink } from '../../test/mail-sink.js';
import { notificationJobsSettled, runHourlyJobAt } from '../../test/notification-jobs.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { notify } from './notify.js';

const publicUrl = 'https://telka.example';
const sink = await startMailSink();
let app: TestApp;
let factory: Factory;

type Person = { user: User; client: GraphQLClient };

async function person(options: Parameters<Factory['user']>[0] & { locale?: 'lt' | 'en' } = {}): Promise<Person> {
  const user = await factory.user(options);
  if (options.locale) await sql('update app_user set locale = ? where id = ?', [options.locale, user.id]);
  return { user, client: await app.client().signIn(user.email, testPassword) };
}

/** A header of a received mail as it was sent. */
function header(mail: ParsedMail, name: string): string | undefined {
  return mail.headerLines.find((line) => line.key === name)?.line.replace(/^[^:]+:\s*/, '');
}

function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> {
  return app.orm.em.fork().execute<T[]>(query, params);
}

/** Waits until every notification job queued so far has run. */
const settled = () => notificationJobsSettled(app.orm);

const notificationFields = `id kind path actorName subjectTitle status organisationName excerpt readAt createdAt`;

async function notificationsOf(client: GraphQLClient, unreadOnly = false) {
  await settled();
  const { notifications } = await client.data(
    `query ($unreadOnly: Boolean!) { notifications(first: 50, unreadOnly: $unreadOnly) { edges { node { ${notificationFields} } } } }`,
    { unreadOnly },
  );
  return (notifications.edges as { node: Record<string, any> }[]).map((edge) => edge.node);
}

async function mailsTo(user: User): Promise<{ subject: string; unsubscribe_scope: string | null }[]> {
  await settled();
  return sql('select subject, unsubscribe_scope from outgoing_mail where user_id = ? order by created_at', [user.id]);
}

const addComment = `mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`;
async function comment(by: Person, initiativeId: string, body: string, parentId?: string): Promise<string> {
  const { addComment: added } = await by.client.data(addComment, { input: { initiativeId, body, parentId } });
  return added.id as string;
}

async function follow(who: Person, initiativeId: string): Promise<void> {
  const { followInitiative } = await who.client.data(
    `mutation ($id: ID!) { followInitiative(initiativeId: $id) { id viewerFollows } }`,
    { id: initiativeId },
  );
  expect(followInitiative.viewerFollows).toBe(true);
}

async function prefer(who: Person, kind: string, delivery: string): Promise<void> {
  await who.client.data(
    `mutation ($kind: NotificationKind!, $delivery: NotificationDelivery!) {
       setNotificationPreference(kind: $kind, delivery: $delivery) { kind delivery } }`,
    { kind, delivery },
  );
}

let lead: Organisation;

beforeAll(async () => {
  app = await createTestApp({ smtpUrl: sink.url, publicUrl, runJobs: true });
  factory = new Factory(app.orm);
  lead = await factory.organisation();
});

describe('a new comment', () => {
  it('reaches a follower in the app and, when they want it at once, by mail in their language with a link to it', async () => {
    const initiative = await factory.initiative(lead, { title: 'Kaimo šventė Vievyje' });
    const follower = await person({ locale: 'en', displayName: 'Ona' });
    await follow(follower, initiative.id);
    await prefer(follower, 'NEW_COMMENT', 'IMMEDIATE');
    const writer = await person({ displayName: 'Jonas' });
    const id = await comment(writer, initiative.id, 'Puiki **mintis**, prisidėsime!');

    const [notification, ...more] = await notificationsOf(follower.client);
    expect(more).toEqual([]);
    expect(notification).toMatchObject({
      kind: 'NEW_COMMENT',
      path: `/initiatives/${initiative.slug}#comment-${id}`,
      actorName: 'Jonas',
      subjectTitle: 'Kaimo šventė Vievyje',
      excerpt: 'Puiki mintis, prisidėsime!',
      readAt: null,
    });

    const mail = await sink.next(follower.user.email, /New comment/);
    expect(mail.subject).toBe('New comment on „Kaimo šventė Vievyje“');
    expect(mail.text).toContain('Hello Ona,');
    expect(mail.text).toContain('Jonas commented on');
    expect(sink.link(mail, `${publicUrl}/initiatives/`)).toBe(
      `${publicUrl}/initiatives/${initiative.slug}#comment-${id}`,
    );
    expect(mail.html).toContain(`#comment-${id}`);
    expect(header(mail, 'list-unsubscribe')).toContain(`${publicUrl}/unsubscribe/`);
  });

  it('tells the parent’s author of a reply once, as a reply, and the one who wrote it nothing', async () => {
    const initiative = await factory.initiative(lead);
    const parentAuthor = await person({ displayName: 'Rasa' });
    await follow(parentAuthor, initiative.id);
    const replier = await person({ displayName: 'Tomas' });
    await follow(replier, initiative.id);
    const parentId = await comment(parentAuthor, initiative.id, 'Kada vyks susitikimas?');
    const replyId = await comment(replier, initiative.id, 'Kitą antradienį.', parentId);

    const received = await notificationsOf(parentAuthor.client);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      kind: 'COMMENT_REPLY',
      actorName: 'Tomas',
      path: `/initiatives/${initiative.slug}#comment-${replyId}`,
    });
    // The replier follows too, and hears of the first comment, never of their own reply.
    const replierGot = await notificationsOf(replier.client);
    expect(replierGot.map((n) => [n.kind, n.actorName])).toEqual([['NEW_COMMENT', 'Rasa']]);
    // COMMENT_REPLY is IMMEDIATE by default, in Lithuanian by default.
    const mail = await sink.next(parentAuthor.user.email, /atsakė į jūsų komentarą/);
    expect(mail.text).toContain('Sveiki, Rasa,');
  });

  it('on a draft reaches only those who may see the draft', async () => {
    const draftLead = await factory.organisation();
    const draft = await factory.initiative(draftLead, { status: InitiativeStatus.DRAFT });
    const author = await person({ represents: [draftLead] });
    const colleague = await person({ represents: [draftLead] });
    await follow(author, draft.id);
    // An outsider cannot follow a draft; one who followed before (written straight here) hears nothing either.
    const outsider = await person();
    expect(
      await outsider.client.errorCode(`mutation ($id: ID!) { followInitiative(initiativeId: $id) { id } }`, {
        id: draft.id,
      }),
    ).toBe('NOT_FOUND');
    await sql('insert into initiative_follow (user_id, initiative_id) values (?, ?)', [outsider.user.id, draft.id]);
    await comment(colleague, draft.id, 'Dar pataisykime biudžetą.');

    expect((await notificationsOf(author.client)).map((n) => n.kind)).toEqual(['NEW_COMMENT']);
    expect(await notificationsOf(outsider.client)).toEqual([]);
  });

  it('hidden or deleted by the time its job runs reaches no one', async () => {
    const initiative = await factory.initiative(lead);
    const follower = await person();
    await follow(follower, initiative.id);
    const writer = await person();
    // Written, then hidden and deleted before the job reads them (the job reads as of when it runs).
    for (const gone of [`hidden_at = now(), hidden_reason = 'Įžeidus'`, 'deleted_at = now()']) {
      const [row] = await sql<{ id: string }>(
        `insert into comment (initiative_id, author_id, body, body_html, body_text)
         values (?, ?, 'Netinkamas', '<p>Netinkamas</p>', 'Netinkamas') returning id`,
        [initiative.id, writer.user.id],
      );
      await sql(`update comment set ${gone} where id = ?`, [row!.id]);
      await app.orm.em
        .fork()
        .transactional((em) => notify(em, { type: 'commentAdded', commentId: row!.id, actorId: writer.user.id }));
    }
    expect(await notificationsOf(follower.client)).toEqual([]);
  });
});

describe('kinds for staff', () => {
  it('reach staff only: a flagged comment tells staff, not the initiative’s followers, and its handling tells the flagger', async () => {
    const initiative = await factory.initiative(lead);
    const follower = await person();
    await follow(follower, initiative.id);
    const staff = await person({ role: PlatformRole.STAFF });
    const writer = await person();
    const flagger = await person({ displayName: 'Aldona' });
    const id = await comment(writer, initiative.id, 'Ginčytinas teiginys');
    await flagger.client.data(`mutation ($id: ID!) { flagComment(id: $id, reason: "Melas") { id } }`, { id });

    const staffGot = await notificationsOf(staff.client);
    expect(staffGot.map((n) => [n.kind, n.actorName, n.excerpt])).toEqual([
      ['COMMENT_FLAGGED', 'Aldona', 'Ginčytinas teiginys'],
    ]);
    expect((await notificationsOf(follower.client)).map((n) => n.kind)).toEqual(['NEW_COMMENT']);
    expect(await notificationsOf(flagger.client)).toEqual([]);

    await staff.client.data(`mutation ($id: ID!) { dismissCommentFlags(id: $id) { id } }`, { id });
    const flaggerGot = await notificationsOf(flagger.client);
    expect(flaggerGot.map((n) => [n.kind, n.excerpt])).toEqual([['FLAG_HANDLED', 'Ginčytinas teiginys']]);
  });

  it('are offered to staff only, and refused to others by name of the field', async () => {
    const resident = await person();
    const staff = await person({ role: PlatformRole.STAFF });
    const kinds = async (who: Person) =>
      (
        (await who.client.data(`{ notificationPreferences { kind delivery } }`)).notificationPreferences as {
          kind: string;
        }[]
      ).map((p) => p.kind);
    expect(await kinds(resident)).not.toContain('COMMENT_FLAGGED');
    expect(await kinds(staff)).toEqual(expect.arrayContaining(['NEW_SUBMISSION', 'COMMENT_FLAGGED', 'FOLLOW_UP_DUE']));
    const refused = await resident.client.request(
      `mutation { setNotificationPreference(kind: COMMENT_FLAGGED, delivery: OFF) { kind } }`,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'kind' }] });
  });

  it('a submission reaches staff and the other authors; its author, who follows it since creating it, nothing', async () => {
    const knex = app.orm.em.getKnex();
    await knex('theme').insert({ code: 'CULTURE', position: 1 }).onConflict('code').ignore();
    const [strategy] = await knex('strategy')
      .insert({ title: 'VPS', period_start: '2023-01-01', period_end: '2029-12-31' })
      .returning('id');
    const [measure] = await knex('measure')
      .insert({ strategy_id: strategy.id, code: `VPS-${Date.now()}`, title: 'Kultūra', budget_cents: 1000000 })
      .returning('id');
    const organisation = await factory.organisation();
    const author = await person({ represents: [organisation], displayName: 'Ona' });
    const colleague = await person({ represents: [organisation] });
    const staff = await person({ role: PlatformRole.STAFF });
    const resident = await person();
    const { createInitiative: created } = await author.client.data(
      `mutation ($input: CreateInitiativeInput!) { createInitiative(input: $input) { id slug version viewerFollows } }`,
      {
        input: {
          asOrganisationId: organisation.id,
          title: 'Folkloro vakarai',
          summary: 'Vakarai kas mėnesį',
          body: 'Dainos ir šokiai.',
          themeCodes: ['CULTURE'],
          measureId: measure.id,
          estimatedBudgetCents: 300000,
          requestedSupportCents: 200000,
        },
      },
    );
    expect(created.viewerFollows).toBe(true);
    await author.client.data(`mutation ($id: ID!, $v: Int!) { submitInitiative(id: $id, version: $v) { status } }`, {
      id: created.id,
      v: created.version,
    });
    expect((await notificationsOf(staff.client)).map((n) => [n.kind, n.actorName, n.subjectTitle])).toEqual([
      ['NEW_SUBMISSION', 'Ona', 'Folkloro vakarai'],
    ]);
    expect((await notificationsOf(colleague.client)).map((n) => [n.kind, n.status])).toEqual([
      ['INITIATIVE_STATUS_CHANGED', 'SUBMITTED'],
    ]);
    expect(await notificationsOf(author.client)).toEqual([]);
    expect(await notificationsOf(resident.client)).toEqual([]);
    await sink.next(staff.user.email, /Pateikta nauja iniciatyva/);
  });

  it('a status change reaches the lead’s representatives, not the staff member who made it', async () => {
    const organisation = await factory.organisation({ name: 'Semeliškių bendruomenė' });
    const initiative = await factory.initiative(organisation, { title: 'Sporto aikštelė' });
    const representative = await person({ represents: [organisation], locale: 'en' });
    const staff = await person({ role: PlatformRole.STAFF });
    await staff.client.data(
      `mutation ($input: TransitionInitiativeInput!) { transitionInitiative(input: $input) { status } }`,
      { input: { id: initiative.id, to: 'UNDER_REVIEW', reason: 'Pradedame vertinimą' } },
    );
    expect((await notificationsOf(representative.client)).map((n) => [n.kind, n.status, n.path])).toEqual([
      ['INITIATIVE_STATUS_CHANGED', 'UNDER_REVIEW', `/initiatives/${initiative.slug}`],
    ]);
    expect(await notificationsOf(staff.client)).toEqual([]);
    const mail = await sink.next(representative.user.email, /Sporto aikštelė/);
    expect(mail.subject).toBe('„Sporto aikštelė“ is now: Under review');
  });

  it('support and an invitation to co-propose reach the organisations concerned', async () => {
    const organisation = await factory.organisation();
    const supporter = await factory.organisation({ name: 'Kietaviškių jaunimas' });
    const representative = await person({ represents: [organisation] });
    const supporterRep = await person({ represents: [supporter] });
    const initiative = await factory.initiative(organisation);
    await supporterRep.client.data(`mutation ($input: EndorseInput!) { endorseInitiative(input: $input) { id } }`, {
      input: { initiativeId: initiative.id, organisationId: supporter.id },
    });
    expect((await notificationsOf(representative.client)).map((n) => [n.kind, n.organisationName])).toEqual([
      ['SUPPORT_RECEIVED', 'Kietaviškių jaunimas'],
    ]);
    expect(await notificationsOf(supporterRep.client)).toEqual([]);

    const draft = await factory.initiative(organisation, { status: InitiativeStatus.DRAFT });
    await representative.client.data(
      `mutation ($i: ID!, $o: ID!) { inviteCoProposer(initiativeId: $i, organisationId: $o) { status } }`,
      {
        i: draft.id,
        o: supporter.id,
      },
    );
    expect((await notificationsOf(supporterRep.client)).map((n) => [n.kind, n.organisationName])).toEqual([
      ['CO_PROPOSAL_INVITATION', 'Kietaviškių jaunimas'],
    ]);
    // Accepting makes them an author, who follows it.
    await supporterRep.client.data(
      `mutation ($i: ID!, $o: ID!) { respondToCoProposal(initiativeId: $i, organisationId: $o, accept: true) { status } }`,
      { i: draft.id, o: supporter.id },
    );
    const { initiative: seen } = await supporterRep.client.data(
      `query ($id: ID) { initiative(id: $id) { viewerFollows } }`,
      { id: draft.id },
    );
    expect(seen.viewerFollows).toBe(true);
  });
});

describe('reading notifications', () => {
  it('marks one read, then all; another’s notification does not exist for the viewer', async () => {
    const initiative = await factory.initiative(lead);
    const reader = await person();
    await follow(reader, initiative.id);
    const writer = await person();
    for (const body of ['Pirmas', 'Antras', 'Trečias']) await comment(writer, initiative.id, body);
    const all = await notificationsOf(reader.client);
    expect(all.map((n) => n.excerpt)).toEqual(['Trečias', 'Antras', 'Pirmas']);

    const { markNotificationRead } = await reader.client.data(
      `mutation ($id: ID!) { markNotificationRead(id: $id) { id readAt } }`,
      { id: all[2]!.id },
    );
    expect(markNotificationRead.readAt).not.toBeNull();
    expect((await reader.client.data(`{ unreadNotificationCount }`)).unreadNotificationCount).toBe(2);
    expect((await notificationsOf(reader.client, true)).map((n) => n.excerpt)).toEqual(['Trečias', 'Antras']);

    const stranger = await person();
    expect(
      await stranger.client.errorCode(`mutation ($id: ID!) { markNotificationRead(id: $id) { id } }`, {
        id: all[0]!.id,
      }),
    ).toBe('NOT_FOUND');
    expect(await app.visitor().errorCode(`{ unreadNotificationCount }`)).toBe('UNAUTHENTICATED');

    expect((await reader.client.data(`mutation { markAllNotificationsRead }`)).markAllNotificationsRead).toBe(0);
    expect((await reader.client.data(`{ unreadNotificationCount }`)).unreadNotificationCount).toBe(0);
  });

  it('pages newest first with cursors', async () => {
    const initiative = await factory.initiative(lead);
    const reader = await person();
    await follow(reader, initiative.id);
    const writer = await person();
    for (const n of [1, 2, 3, 4, 5]) await comment(writer, initiative.id, `Komentaras ${n}`);
    await settled();
    const page = (after?: string) =>
      reader.client.data(
        `query ($after: String) { notifications(first: 2, after: $after) { edges { node { excerpt } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { notifications } = await page(after);
      seen.push(...notifications.edges.map((edge: { node: { excerpt: string } }) => edge.node.excerpt));
      if (!notifications.pageInfo.hasNextPage) break;
      after = notifications.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Komentaras 5', 'Komentaras 4', 'Komentaras 3', 'Komentaras 2', 'Komentaras 1']);
  });
});

describe('preferences', () => {
  it('change what is sent: OFF gives nothing, IN_APP no mail, IMMEDIATE a mail', async () => {
    const initiative = await factory.initiative(lead);
    const [off, inApp, immediate] = await Promise.all([person(), person(), person()]);
    for (const [who, delivery] of [
      [off, 'OFF'],
      [inApp, 'IN_APP'],
      [immediate, 'IMMEDIATE'],
    ] as const) {
      await follow(who, initiative.id);
      await prefer(who, 'NEW_COMMENT', delivery);
    }
    const writer = await person();
    await comment(writer, initiative.id, 'Kas naujo?');
    expect(await notificationsOf(off.client)).toEqual([]);
    expect(await notificationsOf(inApp.client)).toHaveLength(1);
    expect(await notificationsOf(immediate.client)).toHaveLength(1);
    expect(await mailsTo(off.user)).toEqual([]);
    expect(await mailsTo(inApp.user)).toEqual([]);
    expect(await mailsTo(immediate.user)).toEqual([
      { subject: expect.stringContaining('Naujas komentaras'), unsubscribe_scope: 'NEW_COMMENT' },
    ]);
    const { notificationPreferences } = await off.client.data(`{ notificationPreferences { kind delivery } }`);
    expect(notificationPreferences).toEqual(
      expect.arrayContaining([
        { kind: 'NEW_COMMENT', delivery: 'OFF' },
        { kind: 'COMMENT_REPLY', delivery: 'IMMEDIATE' },
        { kind: 'SUPPORT_RECEIVED', delivery: 'DAILY' },
        { kind: 'FLAG_HANDLED', delivery: 'IN_APP' },
      ]),
    );
  });
});

describe('mail of notifications', () => {
  it('goes only to a confirmed address, at once or in a digest; the notification is made all the same', async () => {
    const initiative = await factory.initiative(lead);
    const [unconfirmed, confirmed] = await Promise.all([person({ verified: false }), person()]);
    for (const who of [unconfirmed, confirmed]) await follow(who, initiative.id);
    await prefer(unconfirmed, 'NEW_COMMENT', 'IMMEDIATE');
    await prefer(confirmed, 'NEW_COMMENT', 'IMMEDIATE');
    await comment(await person(), initiative.id, 'Ar adresas patvirtintas?');
    expect(await notificationsOf(unconfirmed.client)).toHaveLength(1);
    expect(await mailsTo(unconfirmed.user)).toEqual([]);
    expect(await mailsTo(confirmed.user)).toHaveLength(1);

    await prefer(unconfirmed, 'NEW_COMMENT', 'DAILY');
    await comment(await person(), initiative.id, 'Ir dienos santrauka?');
    await runHourlyJobAt(app.orm, '2026-12-02T05:00:00Z');
    expect(await mailsTo(unconfirmed.user)).toEqual([]);
  });
});

describe('digests', () => {
  it('gather a day’s notifications into one mail per person, grouped by initiative, once', async () => {
    const first = await factory.initiative(lead, { title: 'Bendruomenės namai' });
    const second = await factory.initiative(lead, { title: 'Dviračių takas' });
    const reader = await person({ displayName: 'Dalia' });
    const idle = await person();
    const nobody = await person();
    await follow(reader, first.id);
    await follow(reader, second.id);
    await follow(idle, first.id);
    await prefer(idle, 'NEW_COMMENT', 'WEEKLY');
    const writer = await person({ displayName: 'Petras' });
    await comment(writer, first.id, 'Reikia naujo stogo.');
    await comment(writer, second.id, 'Pritariu takui.');
    await comment(writer, first.id, 'Ir langų.');
    await settled();
    expect(await mailsTo(reader.user)).toEqual([]);

    // 05:00 UTC on Wednesday 2 December is 07:00 in Vilnius.
    await runHourlyJobAt(app.orm, '2026-12-02T05:00:00Z');
    const mail = await sink.next(reader.user.email, /dienos naujienos/);
    expect(mail.subject).toBe('Telka: dienos naujienos (3)');
    const text = mail.text ?? '';
    expect(text).toContain(`Bendruomenės namai (${publicUrl}/initiatives/${first.slug})`);
    expect(text).toContain(`Dviračių takas (${publicUrl}/initiatives/${second.slug})`);
    const firstGroup = text.slice(text.indexOf('Bendruomenės namai ('), text.indexOf('Dviračių takas ('));
    expect(firstGroup).toContain('Reikia naujo stogo.');
    expect(firstGroup).toContain('Ir langų.');
    expect(firstGroup).not.toContain('Pritariu takui.');
    expect(header(mail, 'list-unsubscribe')).toContain(`${publicUrl}/unsubscribe/`);

    expect(await mailsTo(nobody.user)).toEqual([]);
    // Another hour, and the same hour again: nothing twice, and nothing for those with nothing waiting.
    await runHourlyJobAt(app.orm, '2026-12-02T05:30:00Z');
    await runHourlyJobAt(app.orm, '2026-12-02T06:00:00Z');
    expect(await mailsTo(reader.user)).toEqual([
      { subject: 'Telka: dienos naujienos (3)', unsubscribe_scope: 'DIGEST_DAILY' },
    ]);
    // The weekly reader gets theirs on Monday only.
    expect(await mailsTo(idle.user)).toEqual([]);
    await runHourlyJobAt(app.orm, '2026-12-07T05:00:00Z');
    expect(await mailsTo(idle.user)).toEqual([
      { subject: 'Telka: savaitės naujienos (2)', unsubscribe_scope: 'DIGEST_WEEKLY' },
    ]);
    expect(await mailsTo(reader.user)).toHaveLength(1);
  });
});

describe('unsubscribe links', () => {
  it('stop a kind’s mail through the page’s mutation, and keep the notifications in the app', async () => {
    const initiative = await factory.initiative(lead);
    const parentAuthor = await person();
    const replier = await person();
    const parentId = await comment(parentAuthor, initiative.id, 'Klausimas');
    await comment(replier, initiative.id, 'Atsakymas', parentId);
    const mail = await sink.next(parentAuthor.user.email, /atsakė/);
    const token = sink.link(mail, `${publicUrl}/unsubscribe/`).split('/').pop()!;

    const visitor = app.visitor();
    const ask = `query ($t: String!) { unsubscription(token: $t) { kind delivery done } }`;
    expect((await visitor.data(ask, { t: token })).unsubscription).toEqual({
      kind: 'COMMENT_REPLY',
      delivery: 'IMMEDIATE',
      done: false,
    });
    expect((await visitor.data(ask, { t: 'nezinomas' })).unsubscription).toBeNull();
    const { unsubscribe } = await visitor.data(
      `mutation ($t: String!) { unsubscribe(token: $t) { kind delivery done } }`,
      {
        t: token,
      },
    );
    expect(unsubscribe).toEqual({ kind: 'COMMENT_REPLY', delivery: 'IN_APP', done: true });
    const refused = await visitor.request(`mutation { unsubscribe(token: "nezinomas") { done } }`);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'token' }] });

    await comment(replier, initiative.id, 'Dar vienas atsakymas', parentId);
    expect(await notificationsOf(parentAuthor.client)).toHaveLength(2);
    expect(await mailsTo(parentAuthor.user)).toHaveLength(1);
    const [entry] = await sql<{ actor_id: string }>(
      `select actor_id from audit_entry where action = 'user.unsubscribe' and entity_id = ?`,
      [parentAuthor.user.id],
    );
    expect(entry?.actor_id).toBe(parentAuthor.user.id);
  });

  it('stop mail in one click from the mail client (RFC 8058), a digest’s kinds included', async () => {
    const initiative = await factory.initiative(lead);
    const reader = await person();
    await follow(reader, initiative.id);
    const writer = await person();
    await comment(writer, initiative.id, 'Naujiena');
    await runHourlyJobAt(app.orm, '2026-12-03T05:00:00Z');
    const mail = await sink.next(reader.user.email, /dienos naujienos/);
    const link = sink.link(mail, `${publicUrl}/unsubscribe/`);
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const post = (body: string) =>
      fetch(`${app.url}${new URL(link).pathname}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    expect((await post('something=else')).status).toBe(400);
    expect((await post('List-Unsubscribe=One-Click')).status).toBe(200);
    expect((await post('List-Unsubscribe=One-Click')).status).toBe(200);
    // The same field as multipart/form-data, which RFC 8058 allows too.
    const form = new FormData();
    form.set('List-Unsubscribe', 'One-Click');
    expect((await fetch(`${app.url}${new URL(link).pathname}`, { method: 'POST', body: form })).status).toBe(200);
    expect(
      (
        await fetch(`${app.url}/unsubscribe/nezinomas`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
        })
      ).status,
    ).toBe(404);
    const { notificationPreferences } = await reader.client.data(`{ notificationPreferences { kind delivery } }`);
    expect(notificationPreferences).toEqual(
      expect.arrayContaining([
        { kind: 'NEW_COMMENT', delivery: 'IN_APP' },
        { kind: 'SUPPORT_RECEIVED', delivery: 'IN_APP' },
        { kind: 'COMMENT_REPLY', delivery: 'IMMEDIATE' },
      ]),
    );
    await comment(writer, initiative.id, 'Dar viena naujiena');
    await runHourlyJobAt(app.orm, '2026-12-04T05:00:00Z');
    expect(await mailsTo(reader.user)).toHaveLength(1);
  });
});

describe('the unread count, live', () => {
  it('is sent at once and rises when a notification arrives; visitors are refused', async () => {
    const initiative = await factory.initiative(lead);
    const reader = await person();
    await follow(reader, initiative.id);
    const connection = await rawConnection(app.url, reader.client.cookie);
    connection.socket.send(
      JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { unreadNotificationCount }' } }),
    );
    const counts = () =>
      connection.messages.filter((m) => m.type === 'next').map((m) => m.payload.data?.unreadNotificationCount);
    await until(() => counts().length === 1, 'the first count');
    expect(counts()).toEqual([0]);
    const writer = await person();
    await comment(writer, initiative.id, 'Labas');
    await until(() => counts().includes(1), 'the count to rise');
    await reader.client.data(`mutation { markAllNotificationsRead }`);
    await until(() => counts().at(-1) === 0, 'the count to fall');
    connection.socket.close();

    const visitor = await rawConnection(app.url);
    visitor.socket.send(
      JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { unreadNotificationCount }' } }),
    );
    await until(() => visitor.messages.some((m) => m.type === 'complete'), 'the refusal');
    expect(visitor.messages.find((m) => m.type === 'next')!.payload.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    visitor.socket.close();
  });
});

describe('follow-up reminders', () => {
  it('tell the owner of a due partnership once a day, and every staff member when it has none', async () => {
    const owner = await person({ role: PlatformRole.STAFF, displayName: 'Savininkė' });
    const otherStaff = await person({ role: PlatformRole.STAFF });
    const create = async (client: GraphQLClient, title: string) => {
      const { createPartnership } = await client.data(
        `mutation ($input: CreatePartnershipInput!) { createPartnership(input: $input) { id slug } }`,
        { input: { title, kind: 'MEMORANDUM', scope: 'LOCAL', status: 'ACTIVE' } },
      );
      return createPartnership as { id: string; slug: string };
    };
    const owned = await create(owner.client, 'Sutartis su biblioteka');
    const orphan = await create(owner.client, 'Sutartis be savininko');
    await sql(`update partnership set next_follow_up_on = '2026-12-10', owner_id = null where id = ?`, [orphan.id]);
    await sql(`update partnership set next_follow_up_on = '2026-12-10' where id = ?`, [owned.id]);
    const reminders = async (who: Person) =>
      (await notificationsOf(who.client)).filter((n) => n.kind === 'FOLLOW_UP_DUE').map((n) => n.subjectTitle);

    await runHourlyJobAt(app.orm, '2026-12-09T08:00:00Z');
    expect(await reminders(owner)).toEqual([]);
    await runHourlyJobAt(app.orm, '2026-12-10T08:00:00Z');
    await runHourlyJobAt(app.orm, '2026-12-10T09:00:00Z');
    expect((await reminders(owner)).sort()).toEqual(['Sutartis be savininko', 'Sutartis su biblioteka']);
    expect(await reminders(otherStaff)).toEqual(['Sutartis be savininko']);
    const mail = await sink.next(owner.user.email, /Sutartis su biblioteka/);
    expect(sink.link(mail, `${publicUrl}/staff/`)).toBe(`${publicUrl}/staff/partnerships/${owned.slug}`);
    // Overdue the next day: reminded again, once.
    await runHourlyJobAt(app.orm, '2026-12-11T08:00:00Z');
    expect(await reminders(otherStaff)).toEqual(['Sutartis be savininko', 'Sutartis be savininko']);
  });
});
