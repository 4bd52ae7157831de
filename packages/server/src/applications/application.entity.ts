import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Enum, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Opt } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import { Call, CallQuestion } from '../calls/call.entity.js';
import { BaseEntity } from '../common/base.entity.js';
import { Initiative } from '../initiatives/initiative.entity.js';
import { ApplicationStatus, ComplianceResult } from './application.enums.js';

/**
 * An initiative's application to a call: the call's answers and annexes beside the initiative's
 * own text and figures, which stay on the initiative so there is one truth while it is written.
 */
@Entity({ tableName: 'application' })
export class Application extends BaseEntity {
  @ManyToOne(() => Call, { ref: false })
  call!: Call;

  @ManyToOne(() => Initiative, { ref: false })
  initiative!: Initiative;

  @Enum({ items: () => ApplicationStatus })
  status: ApplicationStatus & Opt = ApplicationStatus.DRAFT;

  /** The project's eligible costs, against which the call's support intensity is checked. */
  @Property({ type: new BigIntType('number'), nullable: true })
  eligibleCostsCents?: number | null;

  /** Why staff declared it ineligible, or the applicant withdrew it. */
  @Property({ type: 'text' })
  statusReason: string & Opt = '';

  @ManyToOne(() => User, { ref: false, nullable: true })
  createdBy?: User | null;

  @Property({ type: 'datetime', nullable: true })
  firstSubmittedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  lastSubmittedAt?: Date | null;

  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}

/** An answer to one of the call's questions: text, a number, a choice or choices, yes or no. */
@Entity({ tableName: 'application_answer' })
export class ApplicationAnswer {
  [PrimaryKeyProp]?: ['application', 'question'];

  @ManyToOne(() => Application, { primary: true, ref: false })
  application!: Application;

  @ManyToOne(() => CallQuestion, { primary: true, ref: false })
  question!: CallQuestion;

  @Property({ type: 'json' })
  value!: string | number | boolean | string[];

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** What was submitted, frozen: text, figures, answers and annexes as they were at that moment. */
@Entity({ tableName: 'application_version' })
export class ApplicationVersion {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Application, { ref: false })
  application!: Application;

  /** 1 for the first submission, one more for each resubmission after a completion request. */
  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'json' })
  snapshot!: Record<string, unknown>;

  @ManyToOne(() => User, { ref: false, nullable: true })
  submittedBy?: User | null;

  @Property({ type: 'datetime' })
  submittedAt: Date & Opt = new Date();
}

/** Staff's request to complete an application: what is missing or unclear, and by when. */
@Entity({ tableName: 'completion_request' })
export class CompletionRequest {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Application, { ref: false })
  application!: Application;

  @Property({ type: 'integer' })
  round!: number;

  @Property({ type: 'text[]' })
  items!: string[];

  @Property({ type: 'text' })
  message: string & Opt = '';

  @Property({ type: 'datetime' })
  replyBy!: Date;

  @ManyToOne(() => User, { ref: false, nullable: true })
  requestedBy?: User | null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  /** The version the applicant resubmitted in answer; null while the round is open. */
  @ManyToOne(() => ApplicationVersion, { ref: false, nullable: true })
  answeredVersion?: ApplicationVersion | null;

  @Property({ type: 'datetime', nullable: true })
  answeredAt?: Date | null;
}

/** One item of the staff's compliance checklist for an application. */
@Entity({ tableName: 'compliance_check' })
export class ComplianceCheck {
  [PrimaryKeyProp]?: ['application', 'item'];

  @ManyToOne(() => Application, { primary: true, ref: false })
  application!: Application;

  /** A key of the checklist (compliance-checklist.ts), stable across languages. */
  @PrimaryKey({ type: 'text' })
  item!: string;

  @Enum({ items: () => ComplianceResult })
  result!: ComplianceResult;

  @Property({ type: 'text' })
  note: string & Opt = '';

  @ManyToOne(() => User, { ref: false, nullable: true })
  checkedBy?: User | null;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  checkedAt: Date & Opt = new Date();
}
