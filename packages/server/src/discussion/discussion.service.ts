import type { EntityManager } from '@mikro-orm/postgresql';
import { Writer } from '../audit/writer.js';
import { authorize, isAllowed } from '../authorization/policy.js';
import { isUuid } from '../common/ids.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors.js';
import { applyKeyset, countOf, keysetConnection } from '../common/keyset.js';
import type { Connection } from '../common/pagination.js';
import type { PageSelection } from '../common/selected-fields.js';
import type { RequestScope } from '../request-scope.js';
import { DiscussionLoaders } from './discussion-loaders.js';
import type { Initiative } from '../initiatives/initiative.entity.js';
import { adjustCounters } from '../initiatives/initiative-counters.js';
import { InitiativeService } from '../initiatives/initiative.service.js';
import { notify } from '../notifications/notify.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Comment, CommentFlag, CommentRevision } from './comment.entity.js';
import { commentBody } from './comment-body.js';
import {
  readComment,
  readModerationQueue,
  readRecentComments,
  repliesList,
  selectCommentView,
  type CommentView,
  type FlagView,
  type RevisionView,
} from './comment-read.js';
import type { AddCommentInput } from './comment.inputs.js';

/**
 * Readers see a comment's words only while it is neither deleted nor hidden. Staff, who
 * moderate, always do: the last text of a deleted comment stays in its row for them.
 */
export function isReadable(comment: Pick<CommentView, 'isDeleted' | 'isHidden'>, staff: boolean): boolean {
  return staff || (!comment.isDeleted && !comment.isHidden);
}

/** An initiative's discussion: threads, replies, edits, flags and moderation. */
export class DiscussionService {
  constructor(private readonly scope: RequestScope) {}

  /** The request's EntityManager, for writes and entity reads (read queries use `scope.knex`). */
  private get em(): EntityManager {
    return this.scope.em;
  }

  private get writer(): Writer {
    return this.scope.get(Writer);
  }

  get viewerIsModerator(): boolean {
    return isAllowed(this.scope.viewer, 'comment.moderate');
  }

  /**
   * Top-level comments, oldest first, a page at a time, in one statement with their replies and
   * the count when the page shows them.
   */
  threads(
    initiative: Pick<Initiative, 'id'>,
    page: { first: number; after?: string | null },
    selection: PageSelection,
  ): Promise<Connection<CommentView>> {
    authorize(this.scope.viewer, 'comment.read');
    const knex = this.scope.knex;
    const ordering = {
      name: 'OLDEST',
      sortKey: knex.raw('c.created_at'),
      direction: 'asc' as const,
      cast: '?::timestamptz',
    };
    const filtered = knex('comment as c').where('c.initiative_id', initiative.id).whereNull('c.parent_id');
    const queries = {
      page: applyKeyset(selectCommentView(filtered.clone()), 'c.id', ordering, page),
      count: countOf(filtered),
      ordering,
    };
    return keysetConnection(queries, page, selection, {
      parentId: 'c.id',
      read: { replies: repliesList },
    });
  }

  /** The newest comments every reader may see, on submitted initiatives, newest first. */
  recentComments(first: number): Promise<CommentView[]> {
    authorize(this.scope.viewer, 'comment.read');
    return readRecentComments(this.scope.knex, first);
  }

  /**
   * A comment as readers see it, read after a write so that mutations, live events and pages
   * show the same fields.
   */
  async read(id: string): Promise<CommentView> {
    const comment = await readComment(this.scope.knex, id);
    if (!comment) throw new NotFoundError('Comment');
    return comment;
  }

  async add(input: AddCommentInput): Promise<CommentView> {
    authorize(this.scope.viewer, 'comment.write');
    if (input.asOrganisationId) authorize(this.scope.viewer, 'comment.speakFor', input.asOrganisationId);
    const body = commentBody(input.body);
    const initiative = await this.scope.get(InitiativeService).findForWrite(input.initiativeId);
    let parent: Comment | null = null;
    if (input.parentId) {
      parent = await this.em.findOne(Comment, { id: input.parentId, initiative });
      if (!parent) throw BadUserInputError.field('parentId', 'UNKNOWN_REFERENCE', 'no such comment in this discussion');
      if (parent.deletedAt) throw BadUserInputError.field('parentId', 'DELETED', 'cannot reply to a deleted comment');
    }
    const organisation = input.asOrganisationId
      ? await this.em.findOne(Organisation, { id: input.asOrganisationId })
      : null;
    const comment = await this.writer.write('comment.add', async ({ em, audit }) => {
      const created = em.create(Comment, {
        initiative,
        parent,
        author: this.scope.viewer.user,
        organisation,
        ...body,
      });
      await adjustCounters(em, initiative.id, { comments: +1 });
      audit(created.id, { initiativeId: initiative.id });
      await notify(em, { type: 'commentAdded', commentId: created.id, actorId: this.viewerId });
      return created;
    });
    this.scope.app.pubSub.publish('COMMENT_ADDED', initiative.id, { commentId: comment.id });
    return this.read(comment.id);
  }

  async edit(id: string, body: string): Promise<CommentView> {
    const comment = await this.own(id);
    const edited = commentBody(body);
    await this.writer.write('comment.edit', async ({ em, audit }) => {
      em.create(CommentRevision, { comment, body: comment.body });
      Object.assign(comment, edited);
      comment.editedAt = new Date();
      audit(comment.id);
    });
    return this.read(comment.id);
  }

  async delete(id: string): Promise<CommentView> {
    const comment = await this.own(id);
    await this.writer.write('comment.delete', async ({ em, audit }) => {
      if (!comment.hiddenAt) await adjustCounters(em, comment.initiative.id, { comments: -1 });
      comment.deletedAt = new Date();
      audit(comment.id);
    });
    return this.read(comment.id);
  }

  async flag(id: string, reason: string): Promise<CommentView> {
    authorize(this.scope.viewer, 'comment.flag');
    const comment = await this.visible(id);
    if (comment.author?.id === this.scope.viewer.user?.id)
      throw BadUserInputError.field('id', 'OWN_COMMENT', 'you cannot flag your own comment');
    await this.writer.write(
      'comment.flag',
      async ({ em, audit }) => {
        const flag = em.create(CommentFlag, { comment, user: this.scope.viewer.user!, reason: reason.trim() });
        audit(comment.id, { reason: reason.trim() });
        await notify(em, { type: 'commentFlagged', flagId: flag.id, actorId: this.viewerId });
      },
      { duplicate: () => new ConflictError('You have already flagged this comment.') },
    );
    return this.read(comment.id);
  }

  async hide(id: string, reason: string): Promise<CommentView> {
    authorize(this.scope.viewer, 'comment.moderate');
    const comment = await this.visible(id);
    if (comment.hiddenAt) throw BadUserInputError.field('id', 'UNCHANGED', 'the comment is already hidden');
    await this.writer.write('comment.hide', async ({ em, audit }) => {
      if (!comment.deletedAt) await adjustCounters(em, comment.initiative.id, { comments: -1 });
      comment.hiddenAt = new Date();
      comment.hiddenBy = this.scope.viewer.user;
      comment.hiddenReason = reason.trim();
      await this.resolveFlags(em, comment);
      audit(comment.id, { reason: comment.hiddenReason });
    });
    return this.read(comment.id);
  }

  async unhide(id: string): Promise<CommentView> {
    authorize(this.scope.viewer, 'comment.moderate');
    const comment = await this.visible(id);
    if (!comment.hiddenAt) throw BadUserInputError.field('id', 'UNCHANGED', 'the comment is not hidden');
    await this.writer.write('comment.unhide', async ({ em, audit }) => {
      if (!comment.deletedAt) await adjustCounters(em, comment.initiative.id, { comments: +1 });
      comment.hiddenAt = null;
      comment.hiddenBy = null;
      comment.hiddenReason = null;
      audit(comment.id);
    });
    return this.read(comment.id);
  }

  /** Staff looked and found nothing wrong: the flags are closed, the comment stays. */
  async dismissFlags(id: string): Promise<CommentView> {
    authorize(this.scope.viewer, 'comment.moderate');
    const comment = await this.visible(id);
    await this.writer.write('comment.dismissFlags', async ({ em, audit }) => {
      await this.resolveFlags(em, comment);
      audit(comment.id);
    });
    return this.read(comment.id);
  }

  /** Comments with open flags, the longest waiting first (staff), in one statement. */
  async moderationQueue(first: number): Promise<CommentView[]> {
    authorize(this.scope.viewer, 'comment.moderate');
    return readModerationQueue(this.scope.knex, first);
  }

  async openFlags(comment: Pick<CommentView, 'id'>): Promise<FlagView[]> {
    return this.scope.get(DiscussionLoaders).openFlagsByComment.load(comment.id);
  }

  async revisions(comment: Pick<CommentView, 'id'>): Promise<RevisionView[]> {
    return this.scope.get(DiscussionLoaders).revisionsByComment.load(comment.id);
  }

  canEdit(comment: Pick<CommentView, 'author' | 'isDeleted' | 'isHidden'>): boolean {
    return Boolean(
      this.scope.viewer.user &&
      comment.author?.id === this.scope.viewer.user.id &&
      !comment.isDeleted &&
      !comment.isHidden,
    );
  }

  /** A comment the viewer wrote and may still change. */
  private async own(id: string): Promise<Comment> {
    authorize(this.scope.viewer, 'comment.write');
    const comment = await this.visible(id);
    if (comment.author?.id !== this.scope.viewer.user?.id)
      throw new ForbiddenError('Only its author may change a comment.');
    if (comment.deletedAt || comment.hiddenAt)
      throw BadUserInputError.field('id', 'UNCHANGED', 'the comment is deleted or hidden');
    return comment;
  }

  /** A comment on an initiative the viewer may see. */
  private async visible(id: string): Promise<Comment> {
    const comment = isUuid(id) ? await this.em.findOne(Comment, { id }, { populate: ['author'] }) : null;
    const initiative = comment && (await this.scope.get(InitiativeService).find({ id: comment.initiative.id }));
    if (!comment || !initiative) throw new NotFoundError('Comment');
    return comment;
  }

  /** Closes the comment's open flags; those who flagged it hear how it ended. */
  private async resolveFlags(em: EntityManager, comment: Comment): Promise<void> {
    const resolved = await em.execute<{ id: string }[]>(
      `update comment_flag set resolved_at = now(), resolved_by_id = ?
       where comment_id = ? and resolved_at is null returning id`,
      [this.viewerId, comment.id],
    );
    if (resolved.length) {
      await notify(em, {
        type: 'flagsHandled',
        commentId: comment.id,
        flagIds: resolved.map((flag) => flag.id),
        actorId: this.viewerId,
      });
    }
  }

  private get viewerId(): string | null {
    return this.scope.viewer.user?.id ?? null;
  }
}
