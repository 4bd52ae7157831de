import { randomUUID } from 'node:crypto';
import {
  BeforeCreate,
  BeforeUpdate,
  BigIntType,
  ChangeSetType,
  Collection,
  DecimalType,
  Entity,
  Enum,
  type EventArgs,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  type Opt,
} from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { BaseEntity } from '../common/base.entity.js';
import { renderMarkdown } from '../common/markdown.js';
import { Eldership } from '../organisations/eldership.entity.js';
import { OrganisationKind } from '../organisations/organisation.enums.js';
import { Measure } from '../strategy/strategy.entity.js';
import { CallQuestionKind, CallStatus } from './call.enums.js';

/**
 * The English copy of a text, beside its Lithuanian (the text of record): a column and a field
 * the staff form edits, null where staff give none. Readers ask for the text itself in their
 * language (`localized`), so they get the Lithuanian where this is null.
 */
function EnglishCopy(of: string): PropertyDecorator {
  const field = Field(() => String, {
    nullable: true,
    description: `${of} in English, where given (the staff form edits it); null: English readers get the Lithuanian.`,
  });
  const column = Property({ type: 'text', nullable: true });
  return (target, key) => {
    field(target, key);
    column(target, key as string);
  };
}

/**
 * A call for proposals (kvietimas teikti vietos projektus): what the LAG funds, how much, who may
 * apply until when, with which annexes and answers, and how applications will be judged.
 */
@ObjectType({ description: 'A call for proposals published by the LAG.' })
@Entity({ tableName: 'call_for_proposals' })
export class Call extends BaseEntity {
  @Field(() => Int, { description: 'The call’s number, e.g. 7 for “Kvietimas Nr. 7”; unique, used in URLs.' })
  @Property({ type: 'integer', unique: true })
  number!: number;

  /** Texts a client reads in a language of its choice: call.resolver.ts. */
  @Property({ type: 'text' })
  title!: string;

  @EnglishCopy('The title')
  titleEn?: string | null;

  @Property({ type: 'text' })
  body: string & Opt = '';

  @Property({ type: 'text', nullable: true })
  bodyEn?: string | null;

  /** `body` rendered when written: sanitised HTML, never rendered on read. */
  @Property({ type: 'text' })
  bodyHtml!: string & Opt;

  /** `bodyEn` rendered when written; null where there is no English text. */
  @Property({ type: 'text', nullable: true })
  bodyHtmlEn?: string | null;

  @Enum({ items: () => CallStatus })
  status: CallStatus & Opt = CallStatus.DRAFT;

  @Field(() => Date, { description: 'When applications open (Europe/Vilnius on the page).' })
  @Property({ type: 'datetime' })
  opensAt!: Date;

  @Field(() => Date, { description: 'When applications close; the server’s clock decides.' })
  @Property({ type: 'datetime' })
  closesAt!: Date;

  @Field(() => Float, { description: 'Total budget in euro cents.' })
  @Property({ type: new BigIntType('number') })
  budgetCents!: number;

  @Field(() => Float, { nullable: true, description: 'Least support one project may request, in euro cents.' })
  @Property({ type: new BigIntType('number'), nullable: true })
  minSupportCents?: number | null;

  @Field(() => Float, { nullable: true, description: 'Most support one project may request, in euro cents.' })
  @Property({ type: new BigIntType('number'), nullable: true })
  maxSupportCents?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Highest share of a project’s eligible costs the support may cover, in percent (e.g. 80).',
  })
  @Property({ type: new DecimalType('number'), precision: 5, scale: 2, nullable: true })
  maxIntensityPercent?: number | null;

  @Field(() => [OrganisationKind], {
    description: 'Kinds of organisation that may apply besides LAG members; empty: LAG members only.',
  })
  @Enum({ items: () => OrganisationKind, array: true })
  eligibleKinds: OrganisationKind[] & Opt = [];

  @Field(() => Date, { nullable: true, description: 'When it was published; null for a draft.' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @ManyToOne(() => User, { ref: false, nullable: true })
  createdBy?: User | null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  @ManyToMany(() => Measure, undefined, {
    pivotTable: 'call_measure',
    joinColumn: 'call_id',
    inverseJoinColumn: 'measure_id',
  })
  measures = new Collection<Measure>(this);

  /** Where the lead organisation must be; none: the LAG's whole territory. */
  @ManyToMany(() => Eldership, undefined, {
    pivotTable: 'call_eldership',
    joinColumn: 'call_id',
    inverseJoinColumn: 'eldership_id',
  })
  elderships = new Collection<Eldership>(this);

  @OneToMany(() => CallCriterion, (criterion) => criterion.call, { orderBy: { position: 'asc' } })
  criteria = new Collection<CallCriterion>(this);

  @OneToMany(() => CallAnnex, (annex) => annex.call, { orderBy: { position: 'asc' } })
  annexes = new Collection<CallAnnex>(this);

  @OneToMany(() => CallQuestion, (question) => question.call, { orderBy: { position: 'asc' } })
  questions = new Collection<CallQuestion>(this);

  @OneToMany(() => CallAmendment, (amendment) => amendment.call, { orderBy: { number: 'asc' } })
  amendments = new Collection<CallAmendment>(this);

  /** The stored renderings follow the Markdown on every write that changes it. */
  @BeforeCreate()
  @BeforeUpdate()
  protected renderBody(args: EventArgs<Call>): void {
    const changed = args.changeSet?.type !== ChangeSetType.UPDATE ? null : args.changeSet.payload;
    if (!changed || 'body' in changed) this.bodyHtml = renderMarkdown(this.body).html;
    if (!changed || 'bodyEn' in changed) this.bodyHtmlEn = this.bodyEn ? renderMarkdown(this.bodyEn).html : null;
  }
}

/**
 * What every item of a call's lists (criteria, annexes, questions) has: its call, its place in
 * the list, and a description that may be given in English too. Texts a client reads in a
 * language of its choice are resolved in call-texts.resolver.ts.
 */
@ObjectType()
abstract class CallListItem {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Call, { ref: false })
  call!: Call;

  @Field(() => Int, { description: 'Order within the call, from 1.' })
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  description: string & Opt = '';

  @EnglishCopy('The description')
  descriptionEn?: string | null;
}

/** A selection criterion, published with the call so applicants know how they will be judged. */
@ObjectType({ description: 'A selection criterion of a call.' })
@Entity({ tableName: 'call_criterion' })
export class CallCriterion extends CallListItem {
  @Property({ type: 'text' })
  title!: string;

  @EnglishCopy('The title')
  titleEn?: string | null;

  @Field(() => Int, { description: 'Most points an evaluator may give.' })
  @Property({ type: 'integer' })
  maxScore!: number;

  @Field(() => Float, { description: 'Weight of its points in the total.' })
  @Property({ type: new DecimalType('number'), precision: 5, scale: 2 })
  weight: number & Opt = 1;
}

/** A document applicants attach, required or optional. */
@ObjectType({ description: 'An annex a call asks applicants to attach.' })
@Entity({ tableName: 'call_annex' })
export class CallAnnex extends CallListItem {
  @Property({ type: 'text' })
  title!: string;

  @EnglishCopy('The title')
  titleEn?: string | null;

  @Field(() => Boolean, { description: 'Whether an application cannot be submitted without it.' })
  @Property({ type: 'boolean' })
  required: boolean & Opt = true;
}

/** A question of the call's own that every application answers. */
@ObjectType({ description: 'A question a call asks every applicant.' })
@Entity({ tableName: 'call_question' })
export class CallQuestion extends CallListItem {
  @Property({ type: 'text' })
  text!: string;

  @EnglishCopy('The question')
  textEn?: string | null;

  @Field(() => CallQuestionKind, { description: 'The kind of answer.' })
  @Enum({ items: () => CallQuestionKind })
  kind!: CallQuestionKind;

  /** The choices as answers name them: the Lithuanian, whatever language the applicant reads. */
  @Property({ type: 'text[]' })
  options: string[] & Opt = [];

  @Field(() => [String], {
    description:
      'The choices in English, one for each of `options` in the same order (the staff form edits them); empty where not given.',
  })
  @Property({ type: 'text[]' })
  optionsEn: string[] & Opt = [];

  @Field(() => Boolean, { description: 'Whether an application cannot be submitted without an answer.' })
  @Property({ type: 'boolean' })
  required: boolean & Opt = true;
}

/** One changed field of an amendment: values as display text, null where there was none. */
export type CallChangeRecord = { field: string; from: string | null; to: string | null };

/** A recorded change to a published call: what changed, why, when and by whom. */
@ObjectType({ description: 'A change to a call after it was published.' })
@Entity({ tableName: 'call_amendment' })
export class CallAmendment {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Call, { ref: false })
  call!: Call;

  @Field(() => Int, { description: 'Its number within the call, from 1.' })
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => String, { description: 'Why the call was changed.' })
  @Property({ type: 'text' })
  reason!: string;

  /**
   * Every changed field with its values as display text, in the order of the call's form: a
   * list (jsonb would sort an object's keys), read by applicants as it was written.
   */
  @Property({ type: 'json' })
  changes!: CallChangeRecord[];

  @ManyToOne(() => User, { ref: false, nullable: true })
  createdBy?: User | null;

  @Field(() => Date, { description: 'When.' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
