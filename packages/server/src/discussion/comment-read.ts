import type { Knex } from '@mikro-orm/postgresql';
import { Person } from '../accounts/account.types.js';
import { listsByKey } from '../common/batch.js';
import { jsonArray, type JsonList } from '../common/json-list.js';
import { isoTimestamp } from '../common/sql.js';
import { organisationCardJson, type OrganisationCard } from '../organisations/organisation-card.js';
import { InitiativeStatus } from '../initiatives/initiative.enums.js';
import type { Comment, CommentRevision } from './comment.entity.js';

/**
 * The read side of the discussion: threads, replies, flags and revisions are read straight into
 * plain objects with the columns the API shows (the rendered HTML, never the plain text or the
 * search vector), without building managed entities. The entities stay the write side
 * (discussion.service.ts). What a reader sees of a deleted or hidden comment is decided in the
 * resolver, from these same fields, for every reader alike.
 */

/**
 * A comment as the API shows it; timestamps as ISO 8601 text. Whether it is deleted or hidden
 * is all a reader learns of those moments. The organisation it speaks for is a card (id, slug,
 * name, sector); the resolver reads the whole profile only when a client asks for more.
 */
export type CommentView = Pick<Comment, 'id' | 'body' | 'bodyHtml'> & {
  initiativeId: string;
  parentId: string | null;
  createdAt: string;
  editedAt: string | null;
  isDeleted: boolean;
  isHidden: boolean;
  hiddenReason: string | null;
  author: { id: string; displayName: string } | null;
  organisation: OrganisationCard | null;
};

/** An open flag as staff see it. */
export type FlagView = { reason: string; createdAt: string; flaggedBy: Person };

/** An earlier text of an edited comment (staff). */
export type RevisionView = Pick<CommentRevision, 'id' | 'body'> & { createdAt: string };

/**
 * The shown fields of comment `c`, named as the API names them: its author (id and name, never the
 * e-mail) and organisation card as one JSON value each, from the joins of `commentJoins(c)`. The
 * Markdown source is read because the API shows it (`body`, for editing); the plain text never is.
 */
function commentFields(c: string): [name: string, sql: string][] {
  const author = `${c}_author`;
  const speaker = `${c}_speaker`;
  return [
    ['id', `${c}.id`],
    ['initiativeId', `${c}.initiative_id`],
    ['parentId', `${c}.parent_id`],
    ['body', `${c}.body`],
    ['bodyHtml', `${c}.body_html`],
    ['createdAt', isoTimestamp(`${c}.created_at`)],
    ['editedAt', isoTimestamp(`${c}.edited_at`)],
    ['isDeleted', `${c}.deleted_at is not null`],
    ['isHidden', `${c}.hidden_at is not null`],
    ['hiddenReason', `${c}.hidden_reason`],
    [
      'author',
      `case when ${author}.id is null then null
            else json_build_object('id', ${author}.id, 'displayName', ${author}.display_name) end`,
    ],
    ['organisation', `case when ${speaker}.id is null then null else ${organisationCardJson(speaker)} end`],
  ];
}

function commentJoins(c: string): string {
  return `left join app_user ${c}_author on ${c}_author.id = ${c}.author_id
    left join organisation ${c}_speaker on ${c}_speaker.id = ${c}.organisation_id`;
}

/**
 * What a comment shows rather than decides: read only when `shown` names it. Every other field is
 * always read, since what a reader sees of the comment is decided from it (deleted, hidden, whose).
 */
const shownOnly = new Set(['body', 'bodyHtml', 'organisation']);

/**
 * The columns of `comment as c`, as `CommentView`: every one, or, given `shown` (the fields a client
 * asked for), all but the text and organisation it did not ask for.
 */
export function selectCommentView(query: Knex.QueryBuilder, shown?: ReadonlySet<string>): Knex.QueryBuilder {
  const columns = commentFields('c')
    .filter(([name]) => !shown || !shownOnly.has(name) || shown.has(name))
    .map(([name, sql]) => `${sql} as "${name}"`);
  return query.joinRaw(commentJoins('c')).select(query.client.raw(columns.join(', ')));
}

/** The replies to a comment, oldest first, each as `CommentView`. */
export const repliesList: JsonList<CommentView[]> = {
  sql: (commentId) =>
    jsonArray(
      `json_build_object(${commentFields('r')
        .map(([name, sql]) => `'${name}', ${sql}`)
        .join(', ')})`,
      `from comment r ${commentJoins('r')} where r.parent_id = ${commentId}`,
      'r.created_at, r.id',
    ),
};

/** One comment by id, in one statement. */
export async function readComment(knex: Knex, id: string): Promise<CommentView | null> {
  const row = (await selectCommentView(knex('comment as c')).where('c.id', id).first()) as CommentView | undefined;
  return row ?? null;
}

/** Open flags of each of `commentIds`, oldest first, with who raised them, in one statement. */
export async function readOpenFlags(knex: Knex, commentIds: readonly string[]): Promise<FlagView[][]> {
  const rows: { comment_id: string; reason: string; created_at: string; user_id: string; display_name: string }[] =
    await knex('comment_flag as f')
      .join('app_user as u', 'u.id', 'f.user_id')
      .whereIn('f.comment_id', [...commentIds])
      .whereNull('f.resolved_at')
      .orderBy([{ column: 'f.created_at' }, { column: 'f.id' }])
      .select(
        'f.comment_id',
        'f.reason',
        knex.raw(`${isoTimestamp('f.created_at')} as created_at`),
        'f.user_id',
        'u.display_name',
      );
  const flags = rows.map((row) => ({
    commentId: row.comment_id,
    view: {
      reason: row.reason,
      createdAt: row.created_at,
      flaggedBy: Person.of({ id: row.user_id, displayName: row.display_name }),
    },
  }));
  return listsByKey(commentIds, flags, (flag) => flag.commentId).map((list) => list.map((flag) => flag.view));
}

/** Earlier texts of each of `commentIds`, oldest first, in one statement. */
export async function readRevisions(knex: Knex, commentIds: readonly string[]): Promise<RevisionView[][]> {
  const rows = (await knex('comment_revision as r')
    .whereIn('r.comment_id', [...commentIds])
    .orderBy([{ column: 'r.created_at' }, { column: 'r.id' }])
    .select(
      'r.id',
      'r.comment_id as commentId',
      'r.body',
      knex.raw(`${isoTimestamp('r.created_at')} as "createdAt"`),
    )) as (RevisionView & {
    commentId: string;
  })[];
  return listsByKey(commentIds, rows, (row) => row.commentId).map((list) =>
    list.map(({ id, body, createdAt }) => ({ id, body, createdAt })),
  );
}

/** Comments with open flags, the longest waiting first, in one statement. */
export async function readModerationQueue(knex: Knex, first: number): Promise<CommentView[]> {
  const waiting = knex('comment_flag')
    .select('comment_id')
    .min({ since: 'created_at' })
    .whereNull('resolved_at')
    .groupBy('comment_id')
    .orderBy([{ column: 'since' }, { column: 'comment_id' }])
    .limit(first)
    .as('waiting');
  return (await selectCommentView(knex('comment as c'))
    .join(waiting, 'waiting.comment_id', 'c.id')
    .orderBy([{ column: 'waiting.since' }, { column: 'c.id' }])) as CommentView[];
}

/**
 * The latest discussion: the newest comments anyone may read, in one statement. Only comments on
 * submitted initiatives (drafts are their authors' own, whoever asks), never a deleted or hidden
 * one: what shows here is what every reader sees in the thread.
 */
export async function readRecentComments(knex: Knex, first: number): Promise<CommentView[]> {
  return (await selectCommentView(knex('comment as c'))
    .join('initiative as i', 'i.id', 'c.initiative_id')
    .whereNot('i.status', InitiativeStatus.DRAFT)
    .whereNull('c.deleted_at')
    .whereNull('c.hidden_at')
    .orderBy([
      { column: 'c.created_at', order: 'desc' },
      { column: 'c.id', order: 'desc' },
    ])
    .limit(first)) as CommentView[];
}
