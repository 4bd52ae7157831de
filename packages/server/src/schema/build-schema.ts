import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { buildSchema, type ResolverData } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AccountResolver, InvitationResolver } from '../accounts/account.resolver.js';
import { CallAmendmentResolver, CallResolver } from '../calls/call.resolver.js';
import {
  CallAnnexTextsResolver,
  CallCriterionTextsResolver,
  CallQuestionTextsResolver,
} from '../calls/call-texts.resolver.js';
import {
  ApplicationResolver,
  ApplicationVersionResolver,
  CallApplicationsResolver,
  InitiativeApplicationResolver,
} from '../applications/application.resolver.js';
import { ComplianceQueueEntryResolver, ComplianceResolver } from '../applications/compliance.resolver.js';
import { CommentResolver, InitiativeDiscussionResolver } from '../discussion/discussion.resolver.js';
import {
  CoProposerResolver,
  EndorsementResolver,
  InitiativeResolver,
  InitiativeWorkflowResolver,
  StatusChangeResolver,
} from '../initiatives/initiative.resolver.js';
import { AuditEntryResolver, OrganisationResolver } from '../organisations/organisation.resolver.js';
import {
  PartnershipActivityResolver,
  PartnershipContactResolver,
  PartnershipPartyResolver,
  PartnershipResolver,
} from '../partnerships/partnership.resolver.js';
import { InitiativeSearchResolver } from '../initiatives/initiative-search.resolver.js';
import { LiveResolver } from '../live/live.resolver.js';
import { MarkdownResolver } from '../common/markdown.resolver.js';
import { InitiativeFollowResolver, NotificationResolver } from '../notifications/notification.resolver.js';
import type { LiveEvents } from '../live/pubsub.js';
import { StoredFileResolver } from '../files/stored-file.resolver.js';
import { policyAuthChecker } from '../authorization/requires.js';
import { readPlainFieldsAsProperties } from './plain-fields.js';
import { validateInput } from './validate-input.js';
import { DateTimeISO } from './date-time.js';
import type { RequestScope, Scoped } from '../request-scope.js';
import { AboutResolver } from '../strategy/about.resolver.js';
import {
  MeasureTextsResolver,
  MilestoneTextsResolver,
  StrategyPriorityTextsResolver,
  StrategyTextsResolver,
} from '../strategy/strategy-texts.resolver.js';

export const resolvers = [
  AboutResolver,
  StrategyPriorityTextsResolver,
  StrategyTextsResolver,
  AccountResolver,
  ApplicationResolver,
  ApplicationVersionResolver,
  AuditEntryResolver,
  CallAmendmentResolver,
  CallAnnexTextsResolver,
  CallCriterionTextsResolver,
  CallQuestionTextsResolver,
  CallResolver,
  CallApplicationsResolver,
  CommentResolver,
  ComplianceQueueEntryResolver,
  ComplianceResolver,
  CoProposerResolver,
  EndorsementResolver,
  InitiativeDiscussionResolver,
  InitiativeFollowResolver,
  InitiativeApplicationResolver,
  InitiativeResolver,
  InitiativeSearchResolver,
  InitiativeWorkflowResolver,
  InvitationResolver,
  LiveResolver,
  MarkdownResolver,
  MeasureTextsResolver,
  MilestoneTextsResolver,
  NotificationResolver,
  OrganisationResolver,
  PartnershipActivityResolver,
  PartnershipContactResolver,
  PartnershipPartyResolver,
  PartnershipResolver,
  StatusChangeResolver,
  StoredFileResolver,
] as const;

/**
 * The GraphQL schema from the resolver classes; arguments are checked by class-validator
 * (`validateInput`).
 * `pubSub` carries live updates (the app passes its own; emitting the schema needs none).
 */
export function buildTelkaSchema(pubSub: PubSub<LiveEvents> = createPubSub<LiveEvents>()): Promise<GraphQLSchema> {
  readPlainFieldsAsProperties();
  return buildSchema({
    resolvers,
    pubSub: pubSub as never,
    validateFn: validateInput,
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
    // Resolvers are made per request from its scope, as its services are (request-scope.ts).
    container: { get: (Resolver: Scoped<unknown>, { context }: ResolverData<RequestScope>) => context.get(Resolver) },
    authChecker: policyAuthChecker,
  });
}
