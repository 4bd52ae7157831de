import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../common/markdown.js';
import { detectAcceptedType } from '../../files/file-types.js';
import { runHourlyJobAt } from '../../../test/notification-jobs.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import * as accounts from './demo/accounts.js';
import { createDemoClock } from './demo/clock.js';
import { COMPLIANCE } from './demo/compliance.js';
import { INITIATIVES, type InitiativeKey } from './demo/initiatives.js';
import { seedDemo } from './demo.js';
import { generateSynthetic } from './synthetic.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp({ runJobs: true });
});

/** Rows of `table` whose stored rendering is not what the application renders from the body. */
async function misrendered(table: 'comment' | 'initiative', on: TestApp = app): Promise<string[]> {
  const rows = (await on.orm.em.getKnex()(table).select('id', 'body', 'body_html', 'body_text')) as {
    id: string;
    body: string;
    body_html: string;
    body_text: string;
  }[];
  expect(rows.length).toBeGreaterThan(0);
  return rows
    .filter((row) => {
      const { html, text } = renderMarkdown(row.body);
      return row.body_html !== html || row.body_text !== text;
    })
    .map((row) => row.id);
}

describe('seed data', () => {
  it('puts the demo story in place with bodies rendered as the application renders them', async () => {
    await seedDemo(app.orm.em.getKnex());
    expect(await misrendered('initiative')).toEqual([]);
    expect(await misrendered('comment')).toEqual([]);

    // The demo's initiatives have headings and lists; its comments, bold text: none shows as markup.
    const { search } = await app
      .visitor()
      .data(`query ($text: String!) { search(text: $text, first: 100) { kind snippet } }`, { text: 'edukacijas' });
    expect(search.map((hit: { kind: string }) => hit.kind).sort()).toEqual([
      'COMMENT',
      'COMMENT',
      'INITIATIVE',
      'INITIATIVE',
    ]);
    for (const hit of search) expect(hit.snippet).not.toMatch(/\*\*|#|^- |\n- /m);

    const calls = (await app.orm.em
      .getKnex()('call_for_proposals')
      .select('body', 'body_html', 'body_en', 'body_html_en')) as {
      body: string;
      body_html: string;
      body_en: string | null;
      body_html_en: string | null;
    }[];
    expect(calls.filter((call) => call.body_html !== renderMarkdown(call.body).html)).toEqual([]);
    expect(
      calls.filter((call) => call.body_html_en !== (call.body_en === null ? null : renderMarkdown(call.body_en).html)),
    ).toEqual([]);
  });

  it('shows the calls as their story has them: 7 open with its amendment, 8 upcoming, 6 decided, the draft hidden from visitors', async () => {
    const { calls } = await app.visitor().data(`{ calls(first: 10) { edges { node {
      number phase measures { code } elderships { code } annexes { required } questions { kind }
      amendments { reason changes { field } } } } } }`);
    const byNumber = new Map(calls.edges.map((edge: { node: { number: number } }) => [edge.node.number, edge.node]));
    expect([...byNumber.keys()]).toEqual([7, 8, 6]);
    expect(byNumber.get(7)).toMatchObject({
      phase: 'OPEN',
      measures: [{ code: 'VPS-7.1' }],
      amendments: [{ changes: [{ field: 'closesAt' }] }],
    });
    expect((byNumber.get(7) as { elderships: unknown[] }).elderships).toHaveLength(8);
    expect(byNumber.get(8)).toMatchObject({ phase: 'UPCOMING' });
    expect(byNumber.get(6)).toMatchObject({ phase: 'DECIDED' });
  });

  it('gives the published calls in English too, every text of them', async () => {
    const { calls } = await app.visitor().data(`{ calls(first: 10) { edges { node {
      number title(language: en) untranslated criteria { untranslated } annexes { untranslated }
      questions { untranslated } } } } }`);
    const call7 = calls.edges.find((edge: { node: { number: number } }) => edge.node.number === 7).node;
    expect(call7.title).toBe('Communities’ public spaces and services');
    for (const { node } of calls.edges) {
      const lists = [node.criteria, node.annexes, node.questions].flat() as { untranslated: string[] }[];
      expect([node.untranslated, ...lists.map((item) => item.untranslated)].flat()).toEqual([]);
    }
  });

  it('has call 7’s applications with their answers and versions frozen as a submission freezes them', async () => {
    const { call } = await app.visitor().data(`{ call(number: 7) { requestedSupportCents applicationCount } }`);
    // Kazokiškės submitted, Vievis returned for completion, Semeliškės in evaluation; Pastrėvis' draft is not counted.
    expect(call).toEqual({ requestedSupportCents: (19_200 + 25_600 + 14_400) * 100, applicationCount: 3 });
    const versions = (await app.orm.em
      .getKnex()('application_version as v')
      .join('application as a', 'a.id', 'v.application_id')
      .select('a.status', 'v.number', 'v.snapshot')) as { status: string; number: number; snapshot: any }[];
    expect(versions).toHaveLength(4);
    for (const version of versions) {
      expect(version.number).toBe(1);
      expect(version.snapshot.initiative.title).toBeTruthy();
      expect(version.snapshot.answers.length).toBeGreaterThan(0);
    }
  });

  it('has the staff’s compliance check of call 7: one partly checked, one returned with its round open, one passed with its whole checklist', async () => {
    const staff = await app.client().signIn(accounts.DEMO_STAFF_EMAIL, accounts.DEMO_PASSWORD);
    const [call] = await app.orm.em.getKnex()('call_for_proposals').select('id').where('number', 7);
    const { complianceQueue } = await staff.data(
      `query ($callId: ID!) { complianceQueue(callId: $callId) {
        initiativeSlug roundCount replyBy checklist { checked failed total }
        application { status viewerCanPassToEvaluation completionRequests { round items answeredAt } } } }`,
      { callId: call.id },
    );
    expect(complianceQueue).toMatchObject([
      {
        initiativeSlug: 'kazokiskiu-sporto-aikstyno-atnaujinimas',
        roundCount: 0,
        checklist: { checked: 4, failed: 0, total: 11 },
        application: { status: 'SUBMITTED', viewerCanPassToEvaluation: false },
      },
      {
        initiativeSlug: 'vievio-bendruomenes-namu-sales-atnaujinimas',
        roundCount: 1,
        replyBy: expect.any(String),
        checklist: { checked: 7, failed: 2 },
        application: {
          status: 'COMPLETION_REQUESTED',
          completionRequests: [{ round: 1, items: expect.arrayContaining([expect.any(String)]), answeredAt: null }],
        },
      },
      {
        initiativeSlug: 'semeliskiu-vaiku-zaidimu-aikstele-prie-ezero',
        checklist: { checked: 11, failed: 0, total: 11 },
        application: { status: 'PASSED_TO_EVALUATION' },
      },
    ]);
  });

  it('has the authors of its initiatives follow them, and some who took part follow what they commented on or supported', async () => {
    const knex = app.orm.em.getKnex();
    // As the product makes them follow: the creator from the start, who accepted to co-propose from then.
    expect(
      await knex('initiative as i')
        .whereNotExists(
          knex('initiative_follow as f').whereRaw('f.initiative_id = i.id and f.user_id = i.created_by_id'),
        )
        .pluck('i.slug'),
    ).toEqual([]);
    expect(
      await knex('co_proposer as cp')
        .where('cp.status', 'ACCEPTED')
        .whereNotExists(
          knex('initiative_follow as f').whereRaw(
            'f.initiative_id = cp.initiative_id and f.user_id = cp.responded_by_id',
          ),
        )
        .pluck('cp.initiative_id'),
    ).toEqual([]);

    const follows = async (email: string, slugs: InitiativeKey[]) => {
      const person = await app.client().signIn(email, accounts.DEMO_PASSWORD);
      const followed: Record<string, boolean> = {};
      for (const slug of slugs) {
        const query = `query ($slug: String!) { initiative(slug: $slug) { viewerFollows } }`;
        const { initiative } = await person.data(query, { slug });
        followed[slug] = initiative.viewerFollows;
      }
      return followed;
    };
    expect(
      await follows(accounts.DEMO_MEMBER_REPRESENTATIVE_EMAIL, [
        'strevos-pakrantes-tvarkymas-ir-poilsiaviete-pastrevyje',
        'pastrevio-bendruomenes-namu-saules-elektrine',
        'semeliskiu-piliakalnio-pazintinis-takas',
      ]),
    ).toEqual({
      'strevos-pakrantes-tvarkymas-ir-poilsiaviete-pastrevyje': true,
      'pastrevio-bendruomenes-namu-saules-elektrine': true,
      // She supported it, but did not choose to follow it.
      'semeliskiu-piliakalnio-pazintinis-takas': false,
    });
    // The resident follows the bakery he asked about; the hill-fort trail is left for the e2e test to follow.
    expect(
      await follows(accounts.DEMO_USER_EMAIL, ['vievio-duonos-kelias', 'semeliskiu-piliakalnio-pazintinis-takas']),
    ).toEqual({
      'vievio-duonos-kelias': true,
      'semeliskiu-piliakalnio-pazintinis-takas': false,
    });
    expect(
      await follows(accounts.DEMO_PARTNER_REPRESENTATIVE_EMAIL, [
        'semeliskiu-piliakalnio-pazintinis-takas',
        'vievio-duonos-kelias',
      ]),
    ).toEqual({ 'semeliskiu-piliakalnio-pazintinis-takas': true, 'vievio-duonos-kelias': true });
    expect(await follows(accounts.DEMO_STAFF_EMAIL, ['semeliskiu-piliakalnio-pazintinis-takas'])).toEqual({
      'semeliskiu-piliakalnio-pazintinis-takas': false,
    });
  });

  it('tells the demo people what happened to them in the story, read up to where they acted on it since, as the API counts', async () => {
    const title = (slug: InitiativeKey) => INITIATIVES.find((i) => i.slug === slug)!.title;
    const bell = async (email: string) => {
      const person = await app.client().signIn(email, accounts.DEMO_PASSWORD);
      const { notifications, unreadNotificationCount } = await person.data(`{ unreadNotificationCount
        notifications(first: 100) { edges { node { kind createdAt readAt path actorName subjectTitle status
          organisationName items dueAt } } } }`);
      const list = notifications.edges.map((edge: { node: Record<string, unknown> }) => edge.node);
      const unread = list.filter((n: { readAt: string | null }) => n.readAt === null);
      // The bell counts what the list shows unread; none of the demo people opens Telka to an empty one.
      expect(unreadNotificationCount, email).toBe(unread.length);
      expect(unread.length, email).toBeGreaterThan(0);
      return list;
    };
    const read = expect.any(String);

    expect(await bell(accounts.DEMO_USER_EMAIL)).toEqual(
      expect.arrayContaining([
        // The bakery answered his question, and someone else commented since: both wait for him.
        expect.objectContaining({
          kind: 'COMMENT_REPLY',
          actorName: 'Lina Stonkutė',
          subjectTitle: title('vievio-duonos-kelias'),
          path: expect.stringMatching(/^\/initiatives\/vievio-duonos-kelias#comment-/),
          readAt: null,
        }),
        expect.objectContaining({ kind: 'NEW_COMMENT', actorName: 'Paulius Grigas', readAt: null }),
        // The advertisement he flagged was hidden.
        expect.objectContaining({
          kind: 'FLAG_HANDLED',
          subjectTitle: title('semeliskiu-piliakalnio-pazintinis-takas'),
        }),
        // A reply of months ago he has long read.
        expect.objectContaining({ kind: 'COMMENT_REPLY', actorName: 'Inga Balčiūnienė', readAt: read }),
      ]),
    );
    const representative = await bell(accounts.DEMO_MEMBER_REPRESENTATIVE_EMAIL);
    expect(representative).toEqual(
      expect.arrayContaining([
        // An invitation she has not answered yet.
        expect.objectContaining({
          kind: 'CO_PROPOSAL_INVITATION',
          actorName: 'Rimantas Žukauskas',
          organisationName: 'Pastrėvio kaimo bendruomenė',
          subjectTitle: title('semeliskiu-amatu-dirbtuves-vaikams'),
          readAt: null,
        }),
        expect.objectContaining({ kind: 'INITIATIVE_STATUS_CHANGED', status: 'IN_PROGRESS', readAt: read }),
        expect.objectContaining({ kind: 'SUPPORT_RECEIVED', actorName: 'Eglė Navickienė', readAt: read }),
        expect.objectContaining({ kind: 'COMMENT_REPLY', actorName: 'Tomas Žilinskas', readAt: read }),
      ]),
    );
    expect(representative.map((n: { kind: string }) => n.kind)).not.toContain('NEW_SUBMISSION');
    // Staff hear of every submission; the one no one has checked yet waits, the one she returned she has read.
    const submission = (slug: InitiativeKey, readAt: unknown) =>
      expect.objectContaining({ kind: 'NEW_SUBMISSION', subjectTitle: title(slug), status: 'SUBMITTED', readAt });
    expect(await bell(accounts.DEMO_STAFF_EMAIL)).toEqual(
      expect.arrayContaining([
        submission('kazokiskiu-sporto-aikstyno-atnaujinimas', null),
        submission('vievio-bendruomenes-namu-sales-atnaujinimas', read),
        expect.objectContaining({ kind: 'COMMENT_FLAGGED', actorName: 'Vytautas Mažeika' }),
      ]),
    );
    expect(await bell(accounts.DEMO_ADMIN_EMAIL)).toEqual(
      expect.arrayContaining([submission('kazokiskiu-sporto-aikstyno-atnaujinimas', null)]),
    );
    expect(await bell(accounts.DEMO_PARTNER_REPRESENTATIVE_EMAIL)).toEqual([
      expect.objectContaining({ kind: 'COMMENT_REPLY', actorName: 'Vida Kazlauskienė', readAt: null }),
    ]);
    // The applicants of call 7: Vievis returned for completion, with what is missing and by when; Semeliškės passed.
    const [round] = COMPLIANCE.find((c) => c.initiative === 'vievio-bendruomenes-namu-sales-atnaujinimas')!.rounds;
    expect(await bell('greta.kairyte@telka.demo')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'COMPLETION_REQUESTED',
          actorName: 'Rasa Vaitkevičiūtė',
          path: expect.stringMatching(/^\/applications\//),
          items: round!.items,
          dueAt: createDemoClock(new Date())
            .on(...round!.replyBy)
            .toISOString(),
          readAt: null,
        }),
      ]),
    );
    expect(await bell('vida.kazlauskiene@telka.demo')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'APPLICATION_DECIDED',
          status: 'UNDER_REVIEW',
          subjectTitle: title('semeliskiu-vaiku-zaidimu-aikstele-prie-ezero'),
          readAt: null,
        }),
      ]),
    );

    // Each is dated by what it tells of, read after it came and before now, and taken by the digest when it waits for one.
    const knex = app.orm.em.getKnex();
    expect(
      await knex('notification as n')
        .join('comment as c', 'c.id', 'n.comment_id')
        .whereIn('n.kind', ['NEW_COMMENT', 'COMMENT_REPLY'])
        .whereRaw('n.created_at <> c.created_at')
        .pluck('n.id'),
    ).toEqual([]);
    expect(await knex('notification').whereRaw('read_at <= created_at or read_at > now()').pluck('id')).toEqual([]);
    expect(
      await knex('notification')
        .whereRaw(`(digested_at is not null) <> (delivery in ('DAILY', 'WEEKLY'))`)
        .orWhereRaw('digested_at <= created_at or digested_at > now()')
        .pluck('id'),
    ).toEqual([]);
  });

  it('adds nothing when seeded again on a later day, not even for who followed or joined since', async () => {
    const knex = app.orm.em.getKnex();
    // Since the first run, the resident followed the hill-fort trail and became a representative
    // of Pastrėvis, which is invited to co-propose a draft: the story's events are not news to him.
    const resident = await app.client().signIn(accounts.DEMO_USER_EMAIL, accounts.DEMO_PASSWORD);
    const { initiative } = await resident.data(
      `{ initiative(slug: "semeliskiu-piliakalnio-pazintinis-takas") { id } }`,
    );
    await resident.data(`mutation ($id: ID!) { followInitiative(initiativeId: $id) { id } }`, { id: initiative.id });
    const [pastrevis] = await knex('organisation').where('slug', 'pastrevio-kaimo-bendruomene').pluck('id');
    const [residentId] = await knex('app_user').where('email', accounts.DEMO_USER_EMAIL).pluck('id');
    await knex('affiliation').insert({
      user_id: residentId,
      organisation_id: pastrevis,
      role: 'REPRESENTATIVE',
    });

    const state = async () => ({
      follows: await knex('initiative_follow')
        .select('user_id', 'initiative_id', 'created_at')
        .orderBy(['user_id', 'initiative_id']),
      notifications: await knex('notification').select('id', 'read_at', 'digested_at').orderBy('id'),
    });
    const before = await state();
    expect(before.notifications.length).toBeGreaterThan(100);
    await seedDemo(knex, { now: new Date(Date.now() + 7 * 86_400_000) });
    expect(await state()).toEqual(before);

    await resident.data(`mutation ($id: ID!) { unfollowInitiative(initiativeId: $id) { id } }`, { id: initiative.id });
    await knex('affiliation').where({ user_id: residentId, organisation_id: pastrevis }).delete();
  });

  it('queues no mail of what it tells, nor puts it in the morning’s digest', async () => {
    const knex = app.orm.em.getKnex();
    const mailToDemoPeople = () =>
      knex('outgoing_mail as m')
        .join('app_user as u', 'u.id', 'm.user_id')
        .whereLike('u.email', '%@telka.demo')
        .select('u.email', 'm.subject', 'm.unsubscribe_scope as scope');
    expect(await mailToDemoPeople()).toEqual([]);
    // Today's daily digest (and on Mondays the weekly one) finds nothing of the story waiting.
    await runHourlyJobAt(app.orm, createDemoClock(new Date()).on(0, '07:00').toISOString());
    // The morning's reminders of partnerships' due follow-ups are the job's own news, made now.
    expect((await mailToDemoPeople()).filter((mail) => mail.scope !== 'FOLLOW_UP_DUE')).toEqual([]);
  });

  it('gives each demo application its call’s required annexes as PDFs its versions freeze, for its authors and staff alone', async () => {
    const knex = app.orm.em.getKnex();
    const staff = await app.client().signIn(accounts.DEMO_STAFF_EMAIL, accounts.DEMO_PASSWORD);
    const read = `query ($id: ID!) { application(id: $id) {
      problems { code } call { annexes { title required } }
      annexes { callAnnex { title required } file { id name contentType sizeBytes url } }
      versions { snapshot } } }`;
    const applications = (await knex('application as a')
      .join('initiative as i', 'i.id', 'a.initiative_id')
      .select('a.id', 'i.slug')) as { id: string; slug: string }[];
    expect(applications).toHaveLength(5);
    const annexesOf = new Map<string, { callAnnex: { required: boolean } | null; file: { url: string } }[]>();
    for (const { id, slug } of applications) {
      const { application } = await staff.data(read, { id });
      const required = application.call.annexes.filter((a: { required: boolean }) => a.required);
      expect(required.length, slug).toBeGreaterThan(0);
      expect(
        application.annexes.map((a: any) => a.callAnnex?.title),
        slug,
      ).toEqual(expect.arrayContaining(required.map((a: { title: string }) => a.title)));
      expect(application.problems.map((p: { code: string }) => p.code)).not.toContain('ANNEX_REQUIRED');
      const frozen = [];
      for (const { callAnnex, file } of application.annexes) {
        const response = await fetch(`${app.url}${file.url}`, { headers: { cookie: staff.cookie! } });
        expect(response.status, file.name).toBe(200);
        const bytes = Buffer.from(await response.arrayBuffer());
        // A real PDF by its content, as an upload is judged.
        expect(await detectAcceptedType(bytes)).toBe('application/pdf');
        expect(file).toMatchObject({ contentType: 'application/pdf', sizeBytes: bytes.length });
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        frozen.push({
          title: callAnnex?.title ?? null,
          fileId: file.id,
          name: file.name,
          sizeBytes: bytes.length,
          sha256,
        });
      }
      for (const version of application.versions) expect(version.snapshot.annexes).toMatchObject(frozen);
      annexesOf.set(slug, application.annexes);
    }
    const all = [...annexesOf.values()].flat();
    // Optional annexes here and there, and extra documents that answer no annex of the call.
    expect(all.some((annex) => annex.callAnnex?.required === false)).toBe(true);
    expect(all.some((annex) => annex.callAnnex === null)).toBe(true);

    // Kazokiškės' submitted application: its author and staff download its files; another
    // community's representative and visitors are told there is no such file.
    const kazokiskes = annexesOf.get('kazokiskiu-sporto-aikstyno-atnaujinimas')!;
    const author = await app.client().signIn('algirdas.urbonas@telka.demo', accounts.DEMO_PASSWORD);
    const otherRepresentative = await app
      .client()
      .signIn(accounts.DEMO_MEMBER_REPRESENTATIVE_EMAIL, accounts.DEMO_PASSWORD);
    const statusFor = async (client: { cookie: string | undefined }, url: string) =>
      (await fetch(`${app.url}${url}`, { headers: client.cookie ? { cookie: client.cookie } : {} })).status;
    for (const { file } of kazokiskes) {
      expect(await statusFor(author, file.url)).toBe(200);
      expect(await statusFor(staff, file.url)).toBe(200);
      expect(await statusFor(otherRepresentative, file.url)).toBe(404);
      expect(await statusFor(app.visitor(), file.url)).toBe(404);
    }
    // …who downloads those of her own community's draft.
    const [draftAnnex] = annexesOf.get('pastrevio-bendruomenes-namu-saules-elektrine')!;
    expect(await statusFor(otherRepresentative, draftAnnex!.file.url)).toBe(200);

    // Seeding again changes nothing: no second file, no version frozen again.
    const before = await knex('application_version').select('id', 'snapshot').orderBy('id');
    const fileCount = async () => (await knex('stored_file').count({ n: '*' }))[0]!.n;
    const files = await fileCount();
    await seedDemo(knex);
    expect(await fileCount()).toEqual(files);
    expect(await knex('application_version').select('id', 'snapshot').orderBy('id')).toEqual(before);
  });

  it('writes synthetic bodies exactly as the sanitised renderer would have, and comments in the order made', async () => {
    // A database of its own: the order measured is of these comments alone.
    const fresh = await createTestApp();
    await generateSynthetic(fresh.orm.em.getKnex(), { organisations: 10, users: 20, initiatives: 40, comments: 1_000 });
    expect(await misrendered('initiative', fresh)).toEqual([]);
    expect(await misrendered('comment', fresh)).toEqual([]);

    // As a live table holds them, in about the order written (a row may fill a gap left on an
    // earlier page): the newest together at its end, where search reads them.
    const knex = fresh.orm.em.getKnex();
    await knex.raw('analyze comment');
    const [order] = await knex('pg_stats').where({ tablename: 'comment', attname: 'created_at' }).pluck('correlation');
    expect(order).toBeGreaterThan(0.9);
  });
});
