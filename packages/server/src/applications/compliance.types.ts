import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Person } from '../accounts/account.types.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { ComplianceResult } from './application.enums.js';
import { Application } from './application.types.js';

@ObjectType('ComplianceCheck', { description: 'One item of the staff’s administrative compliance checklist.' })
export class ComplianceCheckEntry {
  @Field(() => String, {
    description:
      'The item’s stable key (APPLICATION_FORM_COMPLETE, SIGNED_BY_AUTHORISED_PERSON, APPLICANT_ELIGIBLE, PROJECT_IN_TERRITORY, ACTIVITIES_FIT_MEASURE, BUDGET_REASONABLE_AND_ELIGIBLE, PROCUREMENT_OFFERS_PRESENT, OWNERSHIP_OR_USE_RIGHTS, NO_TAX_OR_SOCIAL_SECURITY_DEBTS, NO_DOUBLE_FUNDING, CO_FINANCING_SECURED); clients translate it.',
  })
  item!: string;

  @Field(() => ComplianceResult, { nullable: true, description: 'The finding; null while unchecked.' })
  result!: ComplianceResult | null;

  @Field(() => String, { description: 'The staff’s note; empty when none.' })
  note!: string;

  @Field(() => Date, { nullable: true, description: 'When it was last checked.' })
  checkedAt!: string | null;

  @Field(() => Person, { nullable: true, description: 'Who checked it.' })
  checkedBy!: Person | null;
}

@ObjectType('CompletionRequest', {
  description:
    'A round of completion: what staff found missing or unclear, by when, and the resubmission that answered it.',
})
export class CompletionRequestEntry {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => Int, { description: '1 for the first request, one more for each later one.' })
  round!: number;

  @Field(() => [String], { description: 'What is missing or unclear, item by item.' })
  items!: string[];

  @Field(() => String, { description: 'The staff’s message; empty when none.' })
  message!: string;

  @Field(() => Date, { description: 'By when the applicants are to complete and resubmit.' })
  replyBy!: string;

  @Field(() => Date, { description: 'When staff asked.' })
  requestedAt!: string;

  @Field(() => Person, { nullable: true, description: 'The staff member who asked.' })
  requestedBy!: Person | null;

  @Field(() => Date, { nullable: true, description: 'When the applicants resubmitted in answer; null while open.' })
  answeredAt!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The number of the application version the resubmission froze; null while open.',
  })
  answeredVersionNumber!: number | null;
}

@ObjectType({ description: 'How far the staff’s checklist of an application has come.' })
export class ChecklistProgress {
  @Field(() => Int, { description: 'Items with a finding.' })
  checked!: number;

  @Field(() => Int, { description: 'Items found FAILED.' })
  failed!: number;

  @Field(() => Int, { description: 'Items on the checklist.' })
  total!: number;
}

@ObjectType({ description: 'An application in the staff’s compliance queue of a call.' })
export class ComplianceQueueEntry {
  @Field(() => Application, { description: 'The application.' })
  application!: Application;

  @Field(() => String, { description: 'The title of the initiative that applies.' })
  initiativeTitle!: string;

  @Field(() => String, { description: 'The slug of the initiative that applies (its page: /initiatives/<slug>).' })
  initiativeSlug!: string;

  @Field(() => Organisation, { description: 'The organisation that leads the initiative and applies.' })
  leadOrganisation!: Organisation;

  @Field(() => Float, { nullable: true, description: 'The support requested, in euro cents.' })
  requestedSupportCents!: number | null;

  @Field(() => Int, { description: 'How many rounds of completion staff have asked for.' })
  roundCount!: number;

  @Field(() => Date, { nullable: true, description: 'The open round’s reply-by time; null when none is open.' })
  replyBy!: string | null;

  @Field(() => ChecklistProgress, { description: 'How far the checklist has come.' })
  checklist!: ChecklistProgress;
}
