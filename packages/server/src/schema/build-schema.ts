import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AccountResolver, InvitationResolver } from '../accounts/account.resolver.js';
import { CommentResolver, InitiativeDiscussionResolver } from '../discussion/discussion.resolver.js';
import {
  InitiativeResolver,
  InitiativeWorkflowResolver,
  StatusChangeResolver,
} from '../initiatives/initiative.resolver.js';
import { AuditEntryResolver, OrganisationResolver } from '../organisations/organisation.resolver.js';
import { PartnershipActivityResolver, PartnershipResolver } from '../partnerships/partnership.resolver.js';
import { AboutResolver } from '../strategy/about.resolver.js';

export const resolvers = [
  AboutResolver,
  AccountResolver,
  AuditEntryResolver,
  CommentResolver,
  InitiativeDiscussionResolver,
  InitiativeResolver,
  InitiativeWorkflowResolver,
  InvitationResolver,
  OrganisationResolver,
  PartnershipActivityResolver,
  PartnershipResolver,
  StatusChangeResolver,
] as const;

/** The GraphQL schema from the resolver classes; inputs are validated by class-validator. */
export function buildTelkaSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false, whitelist: false },
  });
}
