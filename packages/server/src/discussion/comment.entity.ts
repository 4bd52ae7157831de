import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { Initiative } from '../initiatives/initiative.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';

/**
 * A comment in an initiative's discussion. A deleted or hidden comment keeps its place in the
 * thread; what readers see of it is decided in the resolver.
 */
@ObjectType({ description: 'A comment or reply in an initiative’s discussion.' })
@Entity({ tableName: 'comment' })
export class Comment {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Initiative, { ref: false })
  initiative!: Initiative;

  @ManyToOne(() => Comment, { ref: false, nullable: true })
  parent?: Comment | null;

  @ManyToOne(() => User, { ref: false, nullable: true })
  author?: User | null;

  @ManyToOne(() => Organisation, { ref: false, nullable: true })
  organisation?: Organisation | null;

  @Property({ type: 'text' })
  body!: string;

  /** `body` rendered when written (comment-body.ts): sanitised HTML, never rendered on read. */
  @Property({ type: 'text' })
  bodyHtml!: string;

  /** `body` as plain text, for search and its snippets; only SQL reads it. */
  @Property({ type: 'text', lazy: true })
  bodyText!: string;

  @Field(() => Date, { description: 'When it was written.' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { nullable: true, description: 'When its author last edited it.' })
  @Property({ type: 'datetime', nullable: true })
  editedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  hiddenAt?: Date | null;

  @ManyToOne(() => User, { ref: false, nullable: true })
  hiddenBy?: User | null;

  @Property({ type: 'text', nullable: true })
  hiddenReason?: string | null;

  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}

/** The text of a comment before an edit, kept for staff. */
@ObjectType({ description: 'An earlier version of an edited comment (staff only).' })
@Entity({ tableName: 'comment_revision' })
export class CommentRevision {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Comment, { ref: false })
  comment!: Comment;

  @Field(() => String, { description: 'The text before the edit.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date, { description: 'When it was replaced.' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}

/** A reader's report that a comment breaks the rules. */
@Entity({ tableName: 'comment_flag' })
export class CommentFlag {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Comment, { ref: false })
  comment!: Comment;

  @ManyToOne(() => User, { ref: false })
  user!: User;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  @ManyToOne(() => User, { ref: false, nullable: true })
  resolvedBy?: User | null;
}
