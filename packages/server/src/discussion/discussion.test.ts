import { beforeAll, describe, expect, it } from 'vitest';
import { PlatformRole } from '../accounts/account.enums.js';
import { MAX_NESTING } from '../common/markdown.js';
import { User } from '../accounts/user.entity.js';
import { Initiative } from '../initiatives/initiative.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Factory } from '../../test/factories.js';
import { Comment, CommentFlag, CommentRevision } from './comment.entity.js';
import { commentBody } from './comment-body.js';
import type { GraphQLClient } from '../../test/graphql-client.js';
import { firstEvent } from '../../test/live-client.js';
import { planOf, type PlanNode } from '../../test/query-plan.js';
import { statementsDuring } from '../../test/statements.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const add = `mutation ($input: AddCommentInput!) { addComment(input: $input) { id body bodyHtml author { displayName } organisation { name } parentId } }`;
const thread = `query ($id: ID, $first: Int, $after: String) { initiative(id: $id) { commentCount version comments(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id body isDeleted isHidden hiddenReason isEdited author { displayName } replies { id body author { displayName } } } } } } }`;

let app: TestApp;
let factory: Factory;
let staff: GraphQLClient;
let ona: GraphQLClient;
let jonas: GraphQLClient;
let community: Organisation;
let initiative: Initiative;

beforeAll(async () => {
  app = await createTestApp();
  factory = new Factory(app.orm);
  community = await factory.organisation({ name: 'Semeliškių bendruomenė' });
  initiative = await factory.initiative(await factory.organisation());
  staff = await factory.signedIn(app, { role: PlatformRole.STAFF, displayName: 'Rasa' });
  ona = await factory.signedIn(app, { represents: [community], displayName: 'Ona' });
  jonas = await factory.signedIn(app, { displayName: 'Jonas' });
});

describe('discussion', () => {
  it('threads comments and replies, as a person or for an organisation, and counts them', async () => {
    const { addComment: root } = await ona.data(add, {
      input: { initiativeId: initiative.id, body: 'Bendruomenė **pritaria**', asOrganisationId: community.id },
    });
    expect(root).toMatchObject({
      author: { displayName: 'Ona' },
      organisation: { name: 'Semeliškių bendruomenė' },
      bodyHtml: '<p>Bendruomenė <strong>pritaria</strong></p>\n',
    });
    const { addComment: reply } = await jonas.data(add, {
      input: { initiativeId: initiative.id, parentId: root.id, body: 'Ir aš' },
    });
    expect(reply).toMatchObject({ parentId: root.id, organisation: null });

    expect(
      await jonas.errorCode(add, {
        input: { initiativeId: initiative.id, body: 'Apsimetėlis', asOrganisationId: community.id },
      }),
    ).toBe('FORBIDDEN');

    const { initiative: found } = await app.visitor().data(thread, { id: initiative.id });
    expect(found.commentCount).toBe(2);
    // Comments are not edits: the initiative's optimistic-lock version stays.
    expect(found.version).toBe(1);
    const first = found.comments.edges[0].node;
    expect(first.replies).toEqual([{ id: reply.id, body: 'Ir aš', author: { displayName: 'Jonas' } }]);
  });

  it('renders real XSS payloads harmless', async () => {
    const { addComment } = await jonas.data(add, {
      input: {
        initiativeId: initiative.id,
        body: '<img src=x onerror=alert(1)> [x](javascript:alert(1)) <script>alert(1)</script>',
      },
    });
    expect(addComment.bodyHtml).not.toMatch(/<img|<script|href="javascript/i);
    expect(addComment.bodyHtml).toContain('&lt;script&gt;');
  });

  it('edits with the earlier text kept for staff, and deletes leaving a placeholder', async () => {
    const { addComment } = await jonas.data(add, { input: { initiativeId: initiative.id, body: 'Pirmas variantas' } });
    await jonas.data(`mutation ($id: ID!) { editComment(id: $id, body: "Pataisytas variantas") { id } }`, {
      id: addComment.id,
    });
    expect(
      await ona.errorCode(`mutation ($id: ID!) { editComment(id: $id, body: "Svetimas") { id } }`, {
        id: addComment.id,
      }),
    ).toBe('FORBIDDEN');

    const revisions = `query ($id: ID) { initiative(id: $id) { comments(first: 50) { edges { node { id isEdited revisions { body } } } } } }`;
    const asStaff = await staff.data(revisions, { id: initiative.id });
    expect(asStaff.initiative.comments.edges.find((e: any) => e.node.id === addComment.id).node).toMatchObject({
      isEdited: true,
      revisions: [{ body: 'Pirmas variantas' }],
    });
    const asReader = await jonas.request(revisions, { id: initiative.id });
    expect(asReader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const before = (await app.visitor().data(thread, { id: initiative.id })).initiative.commentCount;
    await jonas.data(`mutation ($id: ID!) { deleteComment(id: $id) { isDeleted } }`, { id: addComment.id });
    const { initiative: after } = await app.visitor().data(thread, { id: initiative.id, first: 50 });
    expect(after.commentCount).toBe(before - 1);
    expect(after.comments.edges.find((e: any) => e.node.id === addComment.id).node).toMatchObject({
      isDeleted: true,
      body: null,
      author: null,
    });
  });

  it('refuses a comment or an edit that shows nothing, naming the body, like an empty one', async () => {
    const blanks = ['', '   ', '\t\n\r\n', '\u00a0\u00a0', '\u200b\u200b', ' \u200b\n\u00a0\t\ufeff', '&nbsp; &#8203;'];
    const before = (await app.visitor().data(thread, { id: initiative.id })).initiative.commentCount;
    for (const body of blanks) {
      const result = await jonas.request(add, { input: { initiativeId: initiative.id, body } });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(body)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['body']);
    }
    expect((await app.visitor().data(thread, { id: initiative.id })).initiative.commentCount).toBe(before);

    const { addComment } = await jonas.data(add, { input: { initiativeId: initiative.id, body: 'Tikras tekstas' } });
    const edit = `mutation ($id: ID!, $body: String!) { editComment(id: $id, body: $body) { id body } }`;
    for (const body of blanks) {
      const result = await jonas.request(edit, { id: addComment.id, body });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(body)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['body']);
    }
    const { initiative: after } = await app.visitor().data(thread, { id: initiative.id, first: 50 });
    expect(after.comments.edges.find((e: any) => e.node.id === addComment.id).node).toMatchObject({
      body: 'Tikras tekstas',
      isEdited: false,
    });
  });

  it('renders a comment once when written and serves the stored HTML, re-rendered on edit', async () => {
    const { addComment } = await jonas.data(add, { input: { initiativeId: initiative.id, body: 'Labai *gerai*' } });
    expect(addComment.bodyHtml).toBe('<p>Labai <em>gerai</em></p>\n');
    const knex = app.orm.em.getKnex();
    // Reads serve what was stored: changed behind the API's back, the change shows.
    await knex('comment').where({ id: addComment.id }).update({ body_html: '<p>Saugota</p>' });
    const html = `query ($id: ID) { initiative(id: $id) { comments(first: 50) { edges { node { id bodyHtml } } } } }`;
    const read = await app.visitor().data(html, { id: initiative.id });
    expect(read.initiative.comments.edges.find((e: any) => e.node.id === addComment.id).node.bodyHtml).toBe(
      '<p>Saugota</p>',
    );

    const { editComment } = await jonas.data(
      `mutation ($id: ID!) { editComment(id: $id, body: "Labai **gerai**") { bodyHtml } }`,
      { id: addComment.id },
    );
    expect(editComment.bodyHtml).toBe('<p>Labai <strong>gerai</strong></p>\n');
    expect(await knex('comment').where({ id: addComment.id }).first('body_html', 'body_text')).toEqual({
      body_html: '<p>Labai <strong>gerai</strong></p>\n',
      body_text: 'Labai gerai',
    });
  });

  it('takes 10,000 nested quotes or emphasis quickly, with the nesting capped', async () => {
    for (const body of [`Tekstas\n\n${'>'.repeat(9_980)} x`, `${'*'.repeat(4_999)}x${'*'.repeat(5_000)}`]) {
      const started = performance.now();
      const { addComment } = await jonas.data(add, { input: { initiativeId: initiative.id, body } });
      // Uncapped, the emphasis alone costs the sanitiser most of a second on a quiet machine.
      expect(performance.now() - started).toBeLessThan(1_000);
      const opened = (addComment.bodyHtml.match(/<(blockquote|em|strong)>/g) ?? []).length;
      expect(opened).toBeGreaterThan(0);
      expect(opened).toBeLessThanOrEqual(2 * MAX_NESTING);
    }
  });

  it('lets staff read the last text of an edited comment its author deleted; readers see the placeholder', async () => {
    const { addComment } = await jonas.data(add, { input: { initiativeId: initiative.id, body: 'Pirmoji mintis' } });
    await jonas.data(`mutation ($id: ID!) { editComment(id: $id, body: "Paskutinė **mintis**") { id } }`, {
      id: addComment.id,
    });
    await jonas.data(`mutation ($id: ID!) { deleteComment(id: $id) { isDeleted } }`, { id: addComment.id });

    const asStaff = `query ($id: ID) { initiative(id: $id) { comments(first: 50) { edges { node {
      id isDeleted body bodyHtml author { displayName } revisions { body } } } } } }`;
    const { initiative: moderated } = await staff.data(asStaff, { id: initiative.id });
    expect(moderated.comments.edges.find((e: any) => e.node.id === addComment.id).node).toEqual({
      id: addComment.id,
      isDeleted: true,
      body: 'Paskutinė **mintis**',
      bodyHtml: '<p>Paskutinė <strong>mintis</strong></p>\n',
      author: null,
      revisions: [{ body: 'Pirmoji mintis' }],
    });

    const asReader = `query ($id: ID) { initiative(id: $id) { comments(first: 50) { edges { node { id isDeleted body bodyHtml } } } } }`;
    for (const reader of [app.visitor(), ona]) {
      const { initiative: seen } = await reader.data(asReader, { id: initiative.id });
      expect(seen.comments.edges.find((e: any) => e.node.id === addComment.id).node).toEqual({
        id: addComment.id,
        isDeleted: true,
        body: null,
        bodyHtml: null,
      });
    }
  });

  it('takes flags once per reader, queues them for staff, who hide with a reason shown to all', async () => {
    const { addComment } = await jonas.data(add, {
      input: { initiativeId: initiative.id, body: 'Reklama: pigios malkos' },
    });
    await ona.data(`mutation ($id: ID!) { flagComment(id: $id, reason: "Reklama") { id } }`, { id: addComment.id });
    expect(
      await ona.errorCode(`mutation ($id: ID!) { flagComment(id: $id, reason: "Dar kartą") { id } }`, {
        id: addComment.id,
      }),
    ).toBe('CONFLICT');
    expect(
      (
        await jonas.request(`mutation ($id: ID!) { flagComment(id: $id, reason: "Savo") { id } }`, {
          id: addComment.id,
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');

    const queue = `{ moderationQueue { id openFlags { reason flaggedBy { displayName } } } }`;
    expect((await staff.data(queue)).moderationQueue).toEqual([
      { id: addComment.id, openFlags: [{ reason: 'Reklama', flaggedBy: { displayName: 'Ona' } }] },
    ]);
    expect(await jonas.errorCode(queue)).toBe('FORBIDDEN');

    await staff.data(`mutation ($id: ID!) { hideComment(id: $id, reason: "Komercinė reklama") { isHidden } }`, {
      id: addComment.id,
    });
    expect((await staff.data(queue)).moderationQueue).toEqual([]);
    const { initiative: seen } = await app.visitor().data(thread, { id: initiative.id, first: 50 });
    expect(seen.comments.edges.find((e: any) => e.node.id === addComment.id).node).toMatchObject({
      isHidden: true,
      hiddenReason: 'Komercinė reklama',
      body: null,
    });
    const { initiative: moderator } = await staff.data(thread, { id: initiative.id, first: 50 });
    expect(moderator.comments.edges.find((e: any) => e.node.id === addComment.id).node.body).toBe(
      'Reklama: pigios malkos',
    );

    await staff.data(`mutation ($id: ID!) { unhideComment(id: $id) { isHidden } }`, { id: addComment.id });
    const { initiative: again } = await app.visitor().data(thread, { id: initiative.id, first: 50 });
    expect(again.comments.edges.find((e: any) => e.node.id === addComment.id).node.body).toBe('Reklama: pigios malkos');
  });

  it('answers every change to a comment with the comment as a page shows it, its organisation too', async () => {
    const shown = `id body isEdited isHidden author { displayName } organisation { name }`;
    const { addComment } = await ona.data(add, {
      input: { initiativeId: initiative.id, body: 'Pirmas', asOrganisationId: community.id },
    });
    const speaking = { author: { displayName: 'Ona' }, organisation: { name: 'Semeliškių bendruomenė' } };
    const { editComment } = await ona.data(
      `mutation ($id: ID!) { editComment(id: $id, body: "Antras") { ${shown} } }`,
      { id: addComment.id },
    );
    expect(editComment).toEqual({ id: addComment.id, body: 'Antras', isEdited: true, isHidden: false, ...speaking });
    const { flagComment } = await jonas.data(
      `mutation ($id: ID!) { flagComment(id: $id, reason: "Netinka") { ${shown} } }`,
      { id: addComment.id },
    );
    expect(flagComment).toEqual(editComment);
    const { hideComment } = await staff.data(
      `mutation ($id: ID!) { hideComment(id: $id, reason: "Netinka") { ${shown} } }`,
      { id: addComment.id },
    );
    expect(hideComment).toEqual({ ...editComment, isHidden: true });

    const { initiative: read } = await staff.data(
      `query ($id: ID) { initiative(id: $id) { comments(first: 50) { edges { node { ${shown} } } } } }`,
      { id: initiative.id },
    );
    expect(read.comments.edges.find((e: any) => e.node.id === addComment.id).node).toEqual(hideComment);
  });

  it('sends a new comment live with what a page shows of it', async () => {
    const fields = `id parentId body bodyHtml createdAt editedAt isEdited isDeleted isHidden hiddenReason viewerCanEdit
      author { id displayName } organisation { id slug name }`;
    const watcher = firstEvent(
      app.url,
      `subscription ($id: ID!) { commentAdded(initiativeId: $id) { ...shown } } fragment shown on Comment { ${fields} }`,
      { id: initiative.id },
    );
    await watcher.ready;
    const { addComment } = await ona.data(add, {
      input: { initiativeId: initiative.id, body: 'Gyvai **skelbiame**', asOrganisationId: community.id },
    });
    const event = await watcher.result;
    await watcher.close();

    const { initiative: read } = await app
      .visitor()
      .data(`query ($id: ID) { initiative(id: $id) { comments(first: 50) { edges { node { ${fields} } } } } }`, {
        id: initiative.id,
      });
    const onPage = read.comments.edges.find((e: any) => e.node.id === addComment.id).node;
    expect(onPage.organisation.name).toBe('Semeliškių bendruomenė');
    expect(event).toEqual({ data: { commentAdded: onPage } });
  });

  it('keeps a draft’s discussion among those who may see the draft', async () => {
    const draft = await factory.initiative(community, { status: 'DRAFT' as never });
    expect(await jonas.errorCode(add, { input: { initiativeId: draft.id, body: 'Ar matau?' } })).toBe('NOT_FOUND');
    await ona.data(add, { input: { initiativeId: draft.id, body: 'Vidinė pastaba' } });
  });

  it('reads 10 or 100 threads with replies in 2 statements, with flags and revisions in 4, the queue in 3', async () => {
    const isolated = await createTestApp();
    const seed = new Factory(isolated.orm);
    const speaker = await seed.organisation({ name: 'Kalbanti bendruomenė' });
    const writer = await seed.user({ represents: [speaker] });
    const moderator = await seed.signedIn(isolated, { role: PlatformRole.STAFF });
    const flagger = await seed.user();
    const target = await seed.initiative(await seed.organisation());
    // A hundred threads, each with a reply, an earlier version and an open flag, written at once.
    const em = isolated.orm.em.fork();
    const write = (body: string, at: number, extra: Partial<Comment>) => {
      const comment = em.create(Comment, {
        initiative: em.getReference(Initiative, target.id),
        author: em.getReference(User, writer.id),
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, at)),
        ...commentBody(body),
        ...extra,
      });
      em.create(CommentRevision, { comment, body: 'Anksčiau' });
      em.create(CommentFlag, { comment, user: em.getReference(User, flagger.id), reason: 'Netinka' });
      return comment;
    };
    for (let i = 0; i < 100; i++) {
      // Every other thread speaks for the organisation, so its card is read with the page.
      const organisation = i % 2 === 0 ? em.getReference(Organisation, speaker.id) : null;
      const parent = write(`Komentaras ${i}`, 2 * i, { organisation });
      write(`Atsakymas ${i}`, 2 * i + 1, { parent });
    }
    await em.flush();

    const fields = `id parentId body bodyHtml createdAt isEdited isDeleted isHidden hiddenReason viewerCanEdit
      author { id displayName } organisation { id slug name }`;
    const staffFields = `${fields} revisions { body } openFlags { reason flaggedBy { displayName } }`;
    const page = (shown: string) => `query ($id: ID, $first: Int, $after: String) { initiative(id: $id) { id
      comments(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        edges { node { ...shown replies { ...shown } } } } } }
      fragment shown on Comment { ${shown} }`;
    const counted = async (reader: GraphQLClient, query: string, variables: Record<string, unknown> = {}) => {
      const { result: data, statements } = await statementsDuring(isolated.orm, () => reader.data(query, variables));
      return { statements: statements.length, data };
    };
    // What reading the viewer's session costs comes on top of any page; it is not the page's.
    const session = async (reader: GraphQLClient) => (await counted(reader, '{ __typename }')).statements;
    const measure = async (reader: GraphQLClient, query: string, first: number) => {
      const { statements: total, data } = await counted(reader, query, { id: target.id, first });
      expect(data.initiative.comments.edges).toHaveLength(first);
      return {
        statements: total - (await session(reader)),
        edges: data.initiative.comments.edges as { node: any }[],
        data,
      };
    };

    // The initiative, then the threads with their count and the replies of all of them as columns.
    for (const first of [10, 100]) {
      const read = await measure(isolated.visitor(), page(fields), first);
      expect(read.statements, `a page of ${first}`).toBe(2);
      expect(read.edges.every(({ node }) => node.replies.length === 1 && node.replies[0].parentId === node.id)).toBe(
        true,
      );
      expect(read.edges.filter(({ node }) => node.organisation?.name === 'Kalbanti bendruomenė')).toHaveLength(
        first / 2,
      );
    }
    // Staff add the revisions and the open flags of the threads and their replies, one statement each.
    // (The cost limit refuses a hundred threads with lists inside their replies' lists.)
    for (const first of [10, 20]) {
      const read = await measure(moderator, page(staffFields), first);
      expect(read.statements, `a staff page of ${first}`).toBe(4);
      const comments = read.edges.flatMap(({ node }) => [node, ...node.replies]);
      expect(comments.every((c) => c.revisions.length === 1 && c.openFlags.length === 1)).toBe(true);
    }

    // The moderation queue: the comments, then the flags and the initiatives of all of them.
    const queue = `query ($first: Int) { moderationQueue(first: $first) { ...shown
        initiative { id slug title } openFlags { reason createdAt flaggedBy { id displayName } } } }
      fragment shown on Comment { ${fields} }`;
    for (const first of [10, 100]) {
      const { statements: total, data } = await counted(moderator, queue, { first });
      expect(total - (await session(moderator)), `a queue of ${first}`).toBe(3);
      expect(data.moderationQueue).toHaveLength(first);
      expect(data.moderationQueue.every((c: any) => c.initiative.id === target.id && c.openFlags.length === 1)).toBe(
        true,
      );
    }

    const ten = await measure(isolated.visitor(), page(fields), 10);
    const next = await isolated
      .visitor()
      .data(thread, { id: target.id, first: 10, after: ten.data.initiative.comments.pageInfo.endCursor });
    expect(next.initiative.comments.edges[0].node.body).toBe('Komentaras 10');
  });

  it('reads a page of threads off the thread index in page order, sorting none of the initiative’s threads', async () => {
    const target = await factory.initiative(await factory.organisation());
    const writer = await factory.user();
    const em = app.orm.em.fork();
    for (let i = 0; i < 30; i++) {
      const parent = em.create(Comment, {
        initiative: em.getReference(Initiative, target.id),
        author: em.getReference(User, writer.id),
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
        ...commentBody(`Gija ${i}`),
      });
      em.create(Comment, {
        initiative: em.getReference(Initiative, target.id),
        parent,
        author: em.getReference(User, writer.id),
        ...commentBody(`Atsakymas ${i}`),
      });
    }
    await em.flush();

    const { result: read, statements } = await statementsDuring(app.orm, () =>
      app.visitor().data(thread, { id: target.id, first: 10 }),
    );
    expect(read.initiative.comments.edges[0].node.body).toBe('Gija 0');
    const threadsPage = statements.find((statement) => statement.sql.includes('"list:replies"'))!;

    // As sent: numbered parameters, which knex's raw takes as `?`, in the same order. A table this
    // small is cheaper read whole; on a real one the index wins, as it must here.
    const plan = await planOf(app.orm, threadsPage.sql.replace(/\$\d+/g, '?'), {
      bindings: threadsPage.bindings,
      settings: ['enable_seqscan = off'],
    });
    const nodes = planNodes(plan);
    expect(nodes.map((node) => node['Index Name'])).toContain('comment_thread_page_idx');
    expect(nodes.map((node) => node['Node Type'])).not.toContain('Sort');
  });
});

/** The nodes that read the statement's own rows: not its subqueries (each thread's replies, the count). */
const planNodes = (node: PlanNode): PlanNode[] => [
  node,
  ...(node.Plans ?? [])
    .filter((child) => !['SubPlan', 'InitPlan'].includes(child['Parent Relationship'] ?? ''))
    .flatMap(planNodes),
];

describe('the latest discussion', () => {
  const recent = `query ($first: Int) { recentComments(first: $first) { id bodyHtml createdAt author { displayName }
    organisation { name } initiative { slug title status } } }`;

  it('shows everyone the newest comments on submitted initiatives, never drafts’, hidden or deleted ones', async () => {
    const isolated = await createTestApp();
    const seed = new Factory(isolated.orm);
    const village = await seed.organisation({ name: 'Pastrėvio bendruomenė' });
    const moderator = await seed.signedIn(isolated, { role: PlatformRole.STAFF });
    const speaker = await seed.signedIn(isolated, { represents: [village], displayName: 'Aldona' });
    const open = await seed.initiative(village, { title: 'Pastrėvio takas' });
    const draft = await seed.initiative(village, { title: 'Dar ruošiama', status: 'DRAFT' as never });
    const comment = async (initiativeId: string, body: string, asOrganisationId?: string) =>
      (await speaker.data(add, { input: { initiativeId, body, asOrganisationId } })).addComment.id as string;

    await comment(open.id, 'Pirmas', village.id);
    const hidden = await comment(open.id, 'Reklama');
    await comment(draft.id, 'Vidinė pastaba');
    const deleted = await comment(open.id, 'Apsigalvojau');
    await comment(open.id, 'Naujausias');
    await moderator.data(`mutation ($id: ID!) { hideComment(id: $id, reason: "Reklama") { isHidden } }`, {
      id: hidden,
    });
    await speaker.data(`mutation ($id: ID!) { deleteComment(id: $id) { isDeleted } }`, { id: deleted });

    for (const reader of [isolated.visitor(), speaker, moderator]) {
      const { recentComments } = await reader.data(recent, { first: 10 });
      expect(recentComments.map((c: any) => c.bodyHtml)).toEqual(['<p>Naujausias</p>\n', '<p>Pirmas</p>\n']);
      expect(recentComments[1]).toMatchObject({
        author: { displayName: 'Aldona' },
        organisation: { name: 'Pastrėvio bendruomenė' },
        initiative: { slug: open.slug, title: 'Pastrėvio takas', status: 'SUBMITTED' },
      });
    }
    const { recentComments: one } = await isolated.visitor().data(recent, { first: 1 });
    expect(one.map((c: any) => c.bodyHtml)).toEqual(['<p>Naujausias</p>\n']);
    expect(await isolated.visitor().errorCode(recent, { first: 0 })).toBe('BAD_USER_INPUT');
  });
});
