import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Requires } from '../authorization/requires.js';
import type { FieldProblem } from '../common/errors.js';
import { cardOrWhole } from '../organisations/organisation-card.js';
import { Organisation } from '../organisations/organisation.entity.js';
import type { RequestScope } from '../request-scope.js';
import { ApplicationProblem } from './application-parts.types.js';
import { ApplicationStatus } from './application.enums.js';
import type { ApplicationRecord } from './application-read.js';
import { Application } from './application.types.js';
import type { ComplianceCheckView, ComplianceQueueRow, CompletionRequestView } from './compliance-read.js';
import {
  DeclareIneligibleArgs,
  PassToEvaluationArgs,
  RecordComplianceCheckArgs,
  RequestCompletionArgs,
} from './compliance.inputs.js';
import { ComplianceService } from './compliance.service.js';
import { ComplianceCheckEntry, ComplianceQueueEntry, CompletionRequestEntry } from './compliance.types.js';

/** The staff's compliance check: the queue, its decisions, and what an application shows of it. */
@Resolver(() => Application)
export class ComplianceResolver {
  constructor(private readonly scope: RequestScope) {}

  private get service(): ComplianceService {
    return this.scope.get(ComplianceService);
  }

  @Query(() => [ComplianceQueueEntry], {
    description:
      'Staff: the applications of a call past their draft, to check. Those waiting for staff first (longest waiting since last submitted first), then those returned for completion (soonest reply-by first), then the decided ones.',
  })
  complianceQueue(
    @Arg('callId', () => ID, { description: 'The call.' }) callId: string,
    @Arg('status', () => [ApplicationStatus], { nullable: true, description: 'Only these statuses; all when absent.' })
    status: ApplicationStatus[] | undefined,
  ): Promise<ComplianceQueueRow[]> {
    return this.service.queue(callId, status);
  }

  @FieldResolver(() => [ComplianceCheckEntry], {
    nullable: true,
    description:
      'Staff only: the administrative compliance checklist, every item in order with its finding (null while unchecked).',
  })
  @Requires('application.readCompliance')
  complianceChecks(@Root() application: ApplicationRecord): Promise<ComplianceCheckView[]> {
    return this.service.checks(application);
  }

  @FieldResolver(() => [ApplicationProblem], {
    nullable: true,
    description:
      'Staff only: what the automatic checks find against the call’s rules now, whatever its status (who may apply and from where, the measure, support limits and intensity, required answers); empty when all pass.',
  })
  @Requires('application.readCompliance')
  automaticChecks(@Root() application: ApplicationRecord): Promise<FieldProblem[]> {
    return this.service.automaticChecks(application);
  }

  @FieldResolver(() => [CompletionRequestEntry], {
    nullable: true,
    description:
      'Every round of completion staff asked for, first round first, with its answer (staff and the applicants: representatives of the lead and accepted co-proposers).',
  })
  completionRequests(@Root() application: ApplicationRecord): Promise<CompletionRequestView[]> {
    return this.service.completionRequests(application);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may ask the applicants to complete it now.' })
  viewerCanRequestCompletion(@Root() application: ApplicationRecord): boolean {
    return this.service.canRequestCompletion(application);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may declare it ineligible now.' })
  viewerCanDeclareIneligible(@Root() application: ApplicationRecord): boolean {
    return this.service.canDeclareIneligible(application);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the viewer may pass it to evaluation now: staff, submitted, every checklist item passed or not applicable.',
  })
  viewerCanPassToEvaluation(@Root() application: ApplicationRecord): Promise<boolean> {
    return this.service.canPassToEvaluation(application);
  }

  @Mutation(() => Application, {
    description: 'Staff: records a finding on one checklist item of a submitted application (again: replaces it).',
  })
  recordComplianceCheck(
    @Args(() => RecordComplianceCheckArgs) args: RecordComplianceCheckArgs,
  ): Promise<ApplicationRecord> {
    return this.service.recordCheck(args);
  }

  @Mutation(() => Application, {
    description:
      'Staff: returns a submitted application to its applicants to complete by a date; they are told, and each request is a round kept with the application.',
  })
  requestCompletion(@Args(() => RequestCompletionArgs) args: RequestCompletionArgs): Promise<ApplicationRecord> {
    return this.service.requestCompletion(args);
  }

  @Mutation(() => Application, {
    description:
      'Staff: declares a submitted (or returned) application ineligible with a reason; its initiative is REJECTED with it.',
  })
  declareIneligible(@Args(() => DeclareIneligibleArgs) args: DeclareIneligibleArgs): Promise<ApplicationRecord> {
    return this.service.declareIneligible(args);
  }

  @Mutation(() => Application, {
    description:
      'Staff: passes a submitted application whose checklist is complete (every item passed or not applicable) to evaluation; its initiative is UNDER_REVIEW.',
  })
  passToEvaluation(@Args(() => PassToEvaluationArgs) args: PassToEvaluationArgs): Promise<ApplicationRecord> {
    return this.service.passToEvaluation(args);
  }
}

@Resolver(() => ComplianceQueueEntry)
export class ComplianceQueueEntryResolver {
  constructor(private readonly scope: RequestScope) {}

  @FieldResolver(() => Organisation, { description: 'The organisation that leads the initiative and applies.' })
  leadOrganisation(
    @Root() entry: ComplianceQueueRow,
    @Info() info: GraphQLResolveInfo,
  ): ReturnType<typeof cardOrWhole> {
    return cardOrWhole(entry.leadOrganisation, info, this.scope);
  }
}
