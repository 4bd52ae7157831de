import { randomUUID } from 'node:crypto';
import {
  BeforeCreate,
  BeforeUpdate,
  BigIntType,
  ChangeSetType,
  Collection,
  Entity,
  Enum,
  type EventArgs,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
  type Opt,
} from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { BaseEntity } from '../common/base.entity.js';
import { renderMarkdown } from '../common/markdown.js';
import { Eldership } from '../organisations/eldership.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Measure } from '../strategy/strategy.entity.js';
import { Theme } from '../strategy/theme.entity.js';
import { CoProposerStatus, InitiativeStatus } from './initiative.enums.js';

/** A rural-development initiative, led by an organisation, moving through its lifecycle. */
@ObjectType({ description: 'A rural-development initiative proposed by an organisation.' })
@Entity({ tableName: 'initiative' })
export class Initiative extends BaseEntity {
  @Field(() => String, { description: 'URL name, unique.' })
  @Property({ type: 'text', unique: true })
  slug!: string;

  @Field(() => String, { description: 'Title.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'One-paragraph summary, plain text.' })
  @Property({ type: 'text' })
  summary: string & Opt = '';

  @Field(() => String, { description: 'The full proposal as Markdown source.' })
  @Property({ type: 'text' })
  body: string & Opt = '';

  /** `body` rendered when written (see `renderBody`): sanitised HTML, never rendered on read. */
  @Property({ type: 'text' })
  bodyHtml!: string & Opt;

  /** `body` as plain text, for search and its snippets; only SQL reads it. */
  @Property({ type: 'text', lazy: true })
  bodyText!: string & Opt;

  @Field(() => InitiativeStatus, { description: 'Lifecycle status.' })
  @Enum({ items: () => InitiativeStatus })
  status: InitiativeStatus & Opt = InitiativeStatus.DRAFT;

  @Field(() => Organisation, { description: 'The organisation that leads it.' })
  @ManyToOne(() => Organisation, { ref: false })
  leadOrganisation!: Organisation;

  @ManyToOne(() => User, { ref: false, nullable: true })
  createdBy?: User | null;

  @Field(() => Measure, { nullable: true, description: 'The strategy measure it would be funded under.' })
  @ManyToOne(() => Measure, { ref: false, nullable: true })
  measure?: Measure | null;

  @Field(() => Eldership, { nullable: true, description: 'Where it happens.' })
  @ManyToOne(() => Eldership, { ref: false, nullable: true })
  eldership?: Eldership | null;

  @Field(() => Float, { nullable: true, description: 'Estimated budget in euro cents.' })
  @Property({ type: new BigIntType('number'), nullable: true })
  estimatedBudgetCents?: number | null;

  @Field(() => Float, { nullable: true, description: 'Support requested from the LAG in euro cents.' })
  @Property({ type: new BigIntType('number'), nullable: true })
  requestedSupportCents?: number | null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  @Field(() => Int, { description: 'How many organisations support it.' })
  @Property({ type: 'integer' })
  endorsementCount: number & Opt = 0;

  @Field(() => Int, { description: 'How many readable comments it has.' })
  @Property({ type: 'integer' })
  commentCount: number & Opt = 0;

  @Field(() => Date, { nullable: true, description: 'When it was submitted.' })
  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @Field(() => Date, { description: 'When something last happened to it.' })
  @Property({ type: 'datetime' })
  lastActivityAt: Date & Opt = new Date();

  @Field(() => [Theme], { description: 'Its themes.' })
  @ManyToMany(() => Theme, undefined, {
    pivotTable: 'initiative_theme',
    joinColumn: 'initiative_id',
    inverseJoinColumn: 'theme_id',
  })
  themes = new Collection<Theme>(this);

  @OneToMany(() => CoProposer, (coProposer) => coProposer.initiative)
  coProposers = new Collection<CoProposer>(this);

  /** The stored rendering follows the Markdown on every write that changes it, whoever writes. */
  @BeforeCreate()
  @BeforeUpdate()
  protected renderBody(args: EventArgs<Initiative>): void {
    if (args.changeSet?.type === ChangeSetType.UPDATE && !('body' in args.changeSet.payload)) return;
    ({ html: this.bodyHtml, text: this.bodyText } = renderMarkdown(this.body));
  }
}

@ObjectType({ description: 'An organisation invited to propose an initiative together with its lead.' })
@Entity({ tableName: 'co_proposer' })
export class CoProposer {
  [PrimaryKeyProp]?: ['initiative', 'organisation'];

  @ManyToOne(() => Initiative, { primary: true, ref: false })
  initiative!: Initiative;

  @Field(() => Organisation, { description: 'The organisation.' })
  @ManyToOne(() => Organisation, { primary: true, ref: false })
  organisation!: Organisation;

  @Field(() => CoProposerStatus, { description: 'Invited, accepted or declined.' })
  @Enum({ items: () => CoProposerStatus })
  status!: CoProposerStatus;

  @Field(() => Date, { description: 'When it was invited.' })
  @Property({ type: 'datetime' })
  invitedAt: Date & Opt = new Date();

  @Field(() => Date, { nullable: true, description: 'When it answered.' })
  @Property({ type: 'datetime', nullable: true })
  respondedAt?: Date | null;
}

@ObjectType({ description: 'A recorded move of an initiative from one status to another.' })
@Entity({ tableName: 'status_change' })
export class StatusChange {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Initiative, { ref: false })
  initiative!: Initiative;

  @Field(() => InitiativeStatus, { nullable: true, description: 'The status before.' })
  @Enum({ items: () => InitiativeStatus, nullable: true })
  fromStatus?: InitiativeStatus | null;

  @Field(() => InitiativeStatus, { description: 'The status after.' })
  @Enum({ items: () => InitiativeStatus })
  toStatus!: InitiativeStatus;

  @ManyToOne(() => User, { ref: false, nullable: true })
  changedBy?: User | null;

  @Field(() => String, { description: 'Why.' })
  @Property({ type: 'text' })
  reason: string & Opt = '';

  @Field(() => Date, { description: 'When.' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}

@ObjectType({ description: 'An organisation’s support for an initiative.' })
@Entity({ tableName: 'endorsement' })
export class Endorsement {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Initiative, { ref: false })
  initiative!: Initiative;

  @Field(() => Organisation, { description: 'The supporting organisation.' })
  @ManyToOne(() => Organisation, { ref: false })
  organisation!: Organisation;

  @ManyToOne(() => User, { ref: false, nullable: true })
  endorsedBy?: User | null;

  @Field(() => String, { nullable: true, description: 'Why it supports the initiative.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => Date, { description: 'When.' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
