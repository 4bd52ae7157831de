import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Person } from '../accounts/account.types.js';
import { checkFirst, ConnectionType, PageArgs, type Connection } from '../common/pagination.js';
import type { Context } from '../context.js';
import { Initiative } from '../initiatives/initiative.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Comment, CommentRevision } from './comment.entity.js';
import { AddCommentInput } from './comment.inputs.js';
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
  @FieldResolver(() => CommentConnection, {
    description: 'Its discussion: top-level comments a page at a time, each with its replies.',
  })
  comments(
    @Root() initiative: Initiative,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { discussion }: Context,
  ): Promise<Connection<Comment>> {
    return discussion.threads(initiative, page);
  }
}

@Resolver(() => Comment)
export class CommentResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The Markdown text; null when deleted or hidden, except for staff.',
  })
  body(@Root() comment: Comment, @Ctx() { discussion }: Context): string | null {
    return isReadable(comment, discussion.viewerIsModerator) ? comment.body : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The text as sanitised HTML; null when `body` is.' })
  bodyHtml(@Root() comment: Comment, @Ctx() { discussion }: Context): string | null {
    return isReadable(comment, discussion.viewerIsModerator) ? comment.bodyHtml : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who wrote it; null once deleted.' })
  author(@Root() comment: Comment): Person | null {
    return comment.author && !comment.deletedAt ? Person.of(comment.author) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation its author spoke for; null when written as a person.',
  })
  organisation(@Root() comment: Comment): Organisation | null {
    return comment.deletedAt ? null : (comment.organisation ?? null);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The comment it replies to.' })
  parentId(@Root() comment: Comment): string | null {
    return comment.parent?.id ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether its author edited it.' })
  isEdited(@Root() comment: Comment): boolean {
    return Boolean(comment.editedAt);
  }

  @FieldResolver(() => Boolean, { description: 'Whether its author deleted it; it keeps its place in the thread.' })
  isDeleted(@Root() comment: Comment): boolean {
    return Boolean(comment.deletedAt);
  }

  @FieldResolver(() => Boolean, { description: 'Whether a moderator hid it.' })
  isHidden(@Root() comment: Comment): boolean {
    return Boolean(comment.hiddenAt);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why a moderator hid it; shown to everyone.' })
  hiddenReason(@Root() comment: Comment): string | null {
    return comment.hiddenAt ? (comment.hiddenReason ?? null) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit or delete it.' })
  viewerCanEdit(@Root() comment: Comment, @Ctx() { discussion }: Context): boolean {
    return discussion.canEdit(comment);
  }

  @FieldResolver(() => [Comment], { description: 'Replies, oldest first.' })
  replies(@Root() comment: Comment, @Ctx() { loaders }: Context): Promise<Comment[]> {
    return loaders.repliesByComment.load(comment.id);
  }

  @FieldResolver(() => [CommentRevision], {
    nullable: true,
    description: 'Earlier versions, oldest first (staff only).',
  })
  revisions(@Root() comment: Comment, @Ctx() { discussion }: Context): Promise<CommentRevision[]> {
    return discussion.revisions(comment);
  }

  @FieldResolver(() => [CommentFlagView], { nullable: true, description: 'Open flags (staff only).' })
  async openFlags(@Root() comment: Comment, @Ctx() { discussion }: Context): Promise<CommentFlagView[]> {
    const flags = await discussion.openFlags(comment);
    return flags.map((f) => ({ reason: f.reason, createdAt: f.createdAt, flaggedBy: Person.of(f.user) }));
  }

  @FieldResolver(() => Initiative, { description: 'The initiative discussed.' })
  initiative(@Root() comment: Comment, @Ctx() { em }: Context): Promise<Initiative> {
    return em.findOneOrFail(Initiative, { id: comment.initiative.id }, { populate: ['leadOrganisation'] });
  }

  @Query(() => [Comment], { description: 'Comments with open flags, longest waiting first (staff).' })
  moderationQueue(
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many, 1–100.' }) first: number,
    @Ctx() { discussion }: Context,
  ): Promise<Comment[]> {
    return discussion.moderationQueue(checkFirst(first));
  }

  @Mutation(() => Comment, {
    description: 'Adds a comment or reply, as a person or for an organisation one represents.',
  })
  addComment(
    @Arg('input', () => AddCommentInput) input: AddCommentInput,
    @Ctx() { discussion }: Context,
  ): Promise<Comment> {
    return discussion.add(input);
  }

  @Mutation(() => Comment, { description: 'Edits one’s own comment; the earlier text is kept for staff.' })
  editComment(
    @Arg('id', () => ID, { description: 'The comment.' }) id: string,
    @Arg('body', () => String, { description: 'The new Markdown text.' }) body: string,
    @Ctx() { discussion }: Context,
  ): Promise<Comment> {
    return discussion.edit(id, body);
  }

  @Mutation(() => Comment, { description: 'Deletes one’s own comment; a placeholder keeps the thread whole.' })
  deleteComment(
    @Arg('id', () => ID, { description: 'The comment.' }) id: string,
    @Ctx() { discussion }: Context,
  ): Promise<Comment> {
    return discussion.delete(id);
  }

  @Mutation(() => Comment, { description: 'Reports a comment to the moderators, once per reader.' })
  flagComment(
    @Arg('id', () => ID, { description: 'The comment.' }) id: string,
    @Arg('reason', () => String, { description: 'What is wrong with it.' }) reason: string,
    @Ctx() { discussion }: Context,
  ): Promise<Comment> {
    return discussion.flag(id, reason);
  }

  @Mutation(() => Comment, {
    description: 'Hides a comment with a reason shown in its place (staff); closes its flags.',
  })
  hideComment(
    @Arg('id', () => ID, { description: 'The comment.' }) id: string,
    @Arg('reason', () => String, { description: 'Why; shown to readers.' }) reason: string,
    @Ctx() { discussion }: Context,
  ): Promise<Comment> {
    return discussion.hide(id, reason);
  }

  @Mutation(() => Comment, { description: 'Shows a hidden comment again (staff).' })
  unhideComment(
    @Arg('id', () => ID, { description: 'The comment.' }) id: string,
    @Ctx() { discussion }: Context,
  ): Promise<Comment> {
    return discussion.unhide(id);
  }

  @Mutation(() => Comment, { description: 'Closes a comment’s flags without hiding it (staff).' })
  dismissCommentFlags(
    @Arg('id', () => ID, { description: 'The comment.' }) id: string,
    @Ctx() { discussion }: Context,
  ): Promise<Comment> {
    return discussion.dismissFlags(id);
  }
}
