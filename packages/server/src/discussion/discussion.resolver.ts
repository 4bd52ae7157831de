import {
  Arg,
  Args,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Requires } from '../authorization/requires.js';
import type { GraphQLResolveInfo } from 'graphql';
import { Person } from '../accounts/account.types.js';
import { checkFirst, ConnectionType, PageArgs, type Connection } from '../common/pagination.js';
import { prefetched } from '../common/json-list.js';
import { pageSelection } from '../common/selected-fields.js';
import { NotFoundError } from '../common/errors.js';
import { DiscussionLoaders } from './discussion-loaders.js';
import { DiscussionService } from './discussion.service.js';
import type { RequestScope } from '../request-scope.js';
import { Initiative } from '../initiatives/initiative.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import type { InitiativeView } from '../initiatives/initiative-read.js';
import { cardOrWhole } from '../organisations/organisation-card.js';
import { Comment, CommentRevision } from './comment.entity.js';
import type { CommentView, FlagView, RevisionView } from './comment-read.js';
import { AddCommentInput, EditCommentArgs, FlagCommentArgs, HideCommentArgs } from './comment.inputs.js';
import { isReadable } from './discussion.service.js';

@ObjectType({ description: 'A page of an initiative’s discussion threads, oldest first.' })
class CommentConnection extends ConnectionType(Comment, 'Comment') {}

@ObjectType({ description: 'A reader’s report on a comment (staff only).' })
class CommentFlagView {
  @Field(() => String, { description: 'Why the reader flagged it.' })
  reason!: string;

  @Field(() => Date, { description: 'When.' })
  createdAt!: Date;

  @Field(() => Person, { description: 'Who flagged it.' })
  flaggedBy!: Person;
}

@Resolver(() => Initiative)
export class InitiativeDiscussionResolver {
  constructor(private readonly scope: RequestScope) {}

  private get discussionService() {
    return this.scope.get(DiscussionService);
  }

  @FieldResolver(() => CommentConnection, {
    description: 'Its discussion: top-level comments a page at a time, each with its replies.',
  })
  comments(
    @Root() initiative: Pick<Initiative, 'id'>,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<CommentView>> {
    return this.discussionService.threads(initiative, page, pageSelection(info));
  }
}

/** Every Comment is resolved from its read view (comment-read.ts), mutations and live events too. */
@Resolver(() => Comment)
export class CommentResolver {
  constructor(private readonly scope: RequestScope) {}

  private get discussionService() {
    return this.scope.get(DiscussionService);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The Markdown text; null when deleted or hidden, except for staff.',
  })
  body(@Root() comment: CommentView): string | null {
    return isReadable(comment, this.discussionService.viewerIsModerator) ? comment.body : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The text as sanitised HTML; null when `body` is.' })
  bodyHtml(@Root() comment: CommentView): string | null {
    return isReadable(comment, this.discussionService.viewerIsModerator) ? comment.bodyHtml : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who wrote it; null once deleted.' })
  author(@Root() comment: CommentView): Person | null {
    return comment.author && !comment.isDeleted ? Person.of(comment.author) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation its author spoke for; null when written as a person.',
  })
  organisation(@Root() comment: CommentView, @Info() info: GraphQLResolveInfo): ReturnType<typeof cardOrWhole> | null {
    if (comment.isDeleted || !comment.organisation) return null;
    return cardOrWhole(comment.organisation, info, this.scope);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The comment it replies to.' })
  parentId(@Root() comment: CommentView): string | null {
    return comment.parentId;
  }

  @FieldResolver(() => Boolean, { description: 'Whether its author edited it.' })
  isEdited(@Root() comment: CommentView): boolean {
    return comment.editedAt !== null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether its author deleted it; it keeps its place in the thread.' })
  isDeleted(@Root() comment: CommentView): boolean {
    return comment.isDeleted;
  }

  @FieldResolver(() => Boolean, { description: 'Whether a moderator hid it.' })
  isHidden(@Root() comment: CommentView): boolean {
    return comment.isHidden;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why a moderator hid it; shown to everyone.' })
  hiddenReason(@Root() comment: CommentView): string | null {
    return comment.isHidden ? comment.hiddenReason : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit or delete it.' })
  viewerCanEdit(@Root() comment: CommentView): boolean {
    return this.discussionService.canEdit(comment);
  }

  @FieldResolver(() => [Comment], { description: 'Replies, oldest first.' })
  replies(@Root() comment: CommentView): CommentView[] | Promise<CommentView[]> {
    return (
      prefetched<CommentView[]>(comment, 'replies') ??
      this.scope.get(DiscussionLoaders).repliesByComment.load(comment.id)
    );
  }

  @FieldResolver(() => [CommentRevision], {
    nullable: true,
    description: 'Earlier versions, oldest first (staff only).',
  })
  @Requires('comment.moderate')
  revisions(@Root() comment: CommentView): Promise<RevisionView[]> {
    return this.discussionService.revisions(comment);
  }

  @FieldResolver(() => [CommentFlagView], { nullable: true, description: 'Open flags (staff only).' })
  @Requires('comment.moderate')
  openFlags(@Root() comment: CommentView): Promise<FlagView[]> {
    return this.discussionService.openFlags(comment);
  }

  @FieldResolver(() => Initiative, { description: 'The initiative discussed.' })
  async initiative(@Root() comment: CommentView): Promise<InitiativeView> {
    const initiative = await this.scope.get(DiscussionLoaders).discussedInitiativeById.load(comment.initiativeId);
    if (!initiative) throw new NotFoundError('Initiative');
    return initiative;
  }

  @Query(() => [Comment], {
    description:
      'The latest discussion: the newest comments on submitted initiatives, newest first; deleted and hidden ones left out.',
  })
  recentComments(
    @Arg('first', () => Int, { defaultValue: 5, description: 'How many, 1–100.' }) first: number,
  ): Promise<CommentView[]> {
    return this.discussionService.recentComments(checkFirst(first));
  }

  @Query(() => [Comment], { description: 'Comments with open flags, longest waiting first (staff).' })
  moderationQueue(
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many, 1–100.' }) first: number,
  ): Promise<CommentView[]> {
    return this.discussionService.moderationQueue(checkFirst(first));
  }

  @Mutation(() => Comment, {
    description: 'Adds a comment or reply, as a person or for an organisation one represents.',
  })
  addComment(@Arg('input', () => AddCommentInput) input: AddCommentInput): Promise<CommentView> {
    return this.discussionService.add(input);
  }

  @Mutation(() => Comment, { description: 'Edits one’s own comment; the earlier text is kept for staff.' })
  editComment(@Args(() => EditCommentArgs) { id, body }: EditCommentArgs): Promise<CommentView> {
    return this.discussionService.edit(id, body);
  }

  @Mutation(() => Comment, { description: 'Deletes one’s own comment; a placeholder keeps the thread whole.' })
  deleteComment(@Arg('id', () => ID, { description: 'The comment.' }) id: string): Promise<CommentView> {
    return this.discussionService.delete(id);
  }

  @Mutation(() => Comment, { description: 'Reports a comment to the moderators, once per reader.' })
  flagComment(@Args(() => FlagCommentArgs) { id, reason }: FlagCommentArgs): Promise<CommentView> {
    return this.discussionService.flag(id, reason);
  }

  @Mutation(() => Comment, {
    description: 'Hides a comment with a reason shown in its place (staff); closes its flags.',
  })
  hideComment(@Args(() => HideCommentArgs) { id, reason }: HideCommentArgs): Promise<CommentView> {
    return this.discussionService.hide(id, reason);
  }

  @Mutation(() => Comment, { description: 'Shows a hidden comment again (staff).' })
  unhideComment(@Arg('id', () => ID, { description: 'The comment.' }) id: string): Promise<CommentView> {
    return this.discussionService.unhide(id);
  }

  @Mutation(() => Comment, { description: 'Closes a comment’s flags without hiding it (staff).' })
  dismissCommentFlags(@Arg('id', () => ID, { description: 'The comment.' }) id: string): Promise<CommentView> {
    return this.discussionService.dismissFlags(id);
  }
}
