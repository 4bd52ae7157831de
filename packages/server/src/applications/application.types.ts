import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ApplicationStatus } from './application.enums.js';

/**
 * An application as the API shows it, read into a plain object (application-read.ts); the call,
 * the initiative and the lists around it (answers, versions, completion rounds, checks) are field
 * resolvers of the features' own resolver classes, each batched by a loader.
 */
export type ApplicationView = {
  id: string;
  callId: string;
  initiativeId: string;
  /** The lead organisation, whose representatives apply; the rights of the viewer follow from it. */
  leadOrganisationId: string;
  status: ApplicationStatus;
  eligibleCostsCents: number | null;
  statusReason: string;
  /** Timestamps as ISO 8601 text. */
  firstSubmittedAt: string | null;
  lastSubmittedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
};

@ObjectType({ description: 'An initiative’s application to a call for proposals.' })
export class Application {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => ApplicationStatus, { description: 'Where it stands.' })
  status!: ApplicationStatus;

  @Field(() => Float, {
    nullable: true,
    description: 'The project’s eligible costs in euro cents, against which the support intensity is checked.',
  })
  eligibleCostsCents!: number | null;

  @Field(() => String, { description: 'Why it was declared ineligible or withdrawn; empty otherwise.' })
  statusReason!: string;

  @Field(() => Date, { nullable: true, description: 'When it was first submitted.' })
  firstSubmittedAt!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was last submitted (after completion, resubmitted).' })
  lastSubmittedAt!: string | null;

  @Field(() => Date, { description: 'When it was started.' })
  createdAt!: string;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt!: string;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  version!: number;
}
