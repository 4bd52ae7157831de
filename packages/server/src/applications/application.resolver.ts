import { Arg, Args, Float, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Person } from '../accounts/account.types.js';
import { Call } from '../calls/call.entity.js';
import type { FieldProblem } from '../common/errors.js';
import { Initiative } from '../initiatives/initiative.entity.js';
import type { InitiativeView } from '../initiatives/initiative-read.js';
import type { CallView } from '../calls/call-read.js';
import type { RequestScope } from '../request-scope.js';
import {
  ApplicationAnnexType,
  ApplicationAnswerType,
  ApplicationProblem,
  ApplicationVersionType,
} from './application-parts.types.js';
import type { AnnexView, AnswerView, ApplicationRecord, ApplicationVersionView } from './application-read.js';
import { ApplicationWorkflowService } from './application-workflow.service.js';
import { ApplyToCallArgs, UpdateApplicationInput, WithdrawApplicationArgs } from './application.inputs.js';
import { ApplicationService } from './application.service.js';
import { Application } from './application.types.js';

/** The applicant's side of applications: reading them, applying, answering, submitting, withdrawing. */
@Resolver(() => Application)
export class ApplicationResolver {
  constructor(private readonly scope: RequestScope) {}

  private get applications(): ApplicationService {
    return this.scope.get(ApplicationService);
  }

  private get workflow(): ApplicationWorkflowService {
    return this.scope.get(ApplicationWorkflowService);
  }

  @Query(() => Application, {
    description:
      'One application: for representatives of its lead and of co-proposers who accepted, and staff; NOT_FOUND for anyone else.',
  })
  application(@Arg('id', () => ID, { description: 'The application.' }) id: string): Promise<ApplicationRecord> {
    return this.applications.find(id);
  }

  @Query(() => [Application], {
    description: 'The applications of the organisations the viewer represents, leading or co-proposing, newest first.',
  })
  myApplications(): Promise<ApplicationRecord[]> {
    return this.applications.mine();
  }

  @FieldResolver(() => Call, { description: 'The call it applies to.' })
  call(@Root() application: ApplicationRecord): Promise<CallView> {
    return this.applications.call(application);
  }

  @FieldResolver(() => Initiative, {
    description: 'The initiative that applies: its text and figures, edited with the initiative mutations.',
  })
  initiative(@Root() application: ApplicationRecord): Promise<InitiativeView> {
    return this.applications.initiative(application);
  }

  @FieldResolver(() => [ApplicationAnswerType], {
    description: 'Every question of the call, in its order, with this application’s answer (null where none).',
  })
  answers(@Root() application: ApplicationRecord): Promise<AnswerView[]> {
    return this.applications.answers(application);
  }

  @FieldResolver(() => [ApplicationProblem], {
    description:
      'Every reason it cannot be submitted now, checked against the call as submitApplication checks it; empty when nothing stands in the way, or once it is submitted.',
  })
  problems(@Root() application: ApplicationRecord): Promise<FieldProblem[]> | FieldProblem[] {
    return this.applications.problems(application);
  }

  @FieldResolver(() => [ApplicationAnnexType], {
    description: 'Its annexes, in the order of the call’s annexes, extra documents last.',
  })
  annexes(@Root() application: ApplicationRecord): Promise<AnnexView[]> {
    return this.applications.annexes(application);
  }

  @FieldResolver(() => [ApplicationVersionType], {
    description: 'Every submission, frozen as it was submitted, the first first.',
  })
  versions(@Root() application: ApplicationRecord): Promise<ApplicationVersionView[]> {
    return this.applications.versions(application);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the viewer may change its answers and eligible costs: representatives of the lead and of co-proposers who accepted, while it is a draft or returned for completion.',
  })
  viewerCanEdit(@Root() application: ApplicationRecord): boolean {
    return this.applications.viewerCanEdit(application);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the viewer may submit it now as far as rights and time go (the lead’s representatives, before the deadline by the server’s clock); `problems` lists what else must be fixed.',
  })
  viewerCanSubmit(@Root() application: ApplicationRecord): boolean {
    return this.applications.viewerCanSubmit(application);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may withdraw it: the lead’s representatives, until it is out of the running.',
  })
  viewerCanWithdraw(@Root() application: ApplicationRecord): boolean {
    return this.applications.viewerCanWithdraw(application);
  }

  @Mutation(() => Application, {
    description:
      'Applies to an open call (by the server’s clock) with a draft or submitted initiative of an organisation the viewer represents, or with a new draft initiative titled `title`; answers a DRAFT application. CONFLICT when the initiative already has an application in progress.',
  })
  applyToCall(@Args(() => ApplyToCallArgs) args: ApplyToCallArgs): Promise<ApplicationRecord> {
    return this.workflow.apply(args);
  }

  @Mutation(() => Application, {
    description:
      'Changes the eligible costs and answers of a draft application, or one returned for completion (its lead’s and accepted co-proposers’ representatives); a stale version gets CONFLICT.',
  })
  updateApplication(
    @Arg('id', () => ID, { description: 'The application.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you edited.' }) version: number,
    @Arg('input', () => UpdateApplicationInput) input: UpdateApplicationInput,
  ): Promise<ApplicationRecord> {
    return this.workflow.update(id, version, input);
  }

  @Mutation(() => Application, {
    description:
      'Submits a draft before the call closes, or resubmits one returned for completion before its reply-by time (the server’s clock decides), freezing a new version; BAD_USER_INPUT lists every problem. Submits its initiative too if that is a draft.',
  })
  submitApplication(
    @Arg('id', () => ID, { description: 'The application.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you reviewed.' }) version: number,
  ): Promise<ApplicationRecord> {
    return this.workflow.submit(id, version);
  }

  @Mutation(() => Application, {
    description:
      'Gives a file the viewer uploaded (POST /files) to a draft application, or one returned for completion, for one of its call’s annexes, or as an extra document without `callAnnexId` (its lead’s and accepted co-proposers’ representatives). FILE_UNAVAILABLE on `fileId` for a file that is not the viewer’s or is attached already.',
  })
  attachApplicationAnnex(
    @Arg('applicationId', () => ID, { description: 'The application.' }) applicationId: string,
    @Arg('callAnnexId', () => ID, {
      nullable: true,
      description: 'The call’s annex it is for; none for an extra document.',
    })
    callAnnexId: string | null | undefined,
    @Arg('fileId', () => ID, { description: 'The uploaded file.' }) fileId: string,
  ): Promise<ApplicationRecord> {
    return this.workflow.attachAnnex(applicationId, callAnnexId, fileId);
  }

  @Mutation(() => Application, {
    description:
      'Takes an annex off a draft application, or one returned for completion; versions submitted with it keep it.',
  })
  removeApplicationAnnex(@Arg('id', () => ID, { description: 'The annex.' }) id: string): Promise<ApplicationRecord> {
    return this.workflow.removeAnnex(id);
  }

  @Mutation(() => Application, {
    description: 'Withdraws an application with a reason (the lead’s representatives); the initiative may apply again.',
  })
  withdrawApplication(@Args(() => WithdrawApplicationArgs) args: WithdrawApplicationArgs): Promise<ApplicationRecord> {
    return this.workflow.withdraw(args.id, args.version, args.reason);
  }
}

@Resolver(() => ApplicationVersionType)
export class ApplicationVersionResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who submitted it.' })
  submittedBy(@Root() version: ApplicationVersionView): Person | null {
    return Person.ofOptional(version.submittedBy);
  }
}

/** What applications add to a call: the demand so far, and the viewer's part in it. */
@Resolver(() => Call)
export class CallApplicationsResolver {
  constructor(private readonly scope: RequestScope) {}

  private get applications(): ApplicationService {
    return this.scope.get(ApplicationService);
  }

  @FieldResolver(() => Float, {
    description:
      'Support requested from the call so far in euro cents: the sum over applications submitted, being completed or in evaluation.',
  })
  async requestedSupportCents(@Root() call: Pick<Call, 'id'>): Promise<number> {
    return (await this.applications.demand(call)).requestedSupportCents;
  }

  @FieldResolver(() => Int, {
    description: 'How many applications are submitted, being completed or in evaluation.',
  })
  async applicationCount(@Root() call: Pick<Call, 'id'>): Promise<number> {
    return (await this.applications.demand(call)).applicationCount;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the viewer may apply now: the call is open by the server’s clock and the viewer represents an organisation it admits (a LAG member, or of a kind it admits besides).',
  })
  viewerCanApply(@Root() call: Pick<Call, 'id'>): Promise<boolean> | boolean {
    return this.applications.viewerCanApply(call);
  }

  @FieldResolver(() => [Application], {
    description: 'The applications of the organisations the viewer represents (leading or co-proposing) to this call.',
  })
  viewerApplications(@Root() call: Pick<Call, 'id'>): Promise<ApplicationRecord[]> | ApplicationRecord[] {
    return this.applications.viewerApplicationsTo(call);
  }
}

/** An initiative's application in progress, for those who may read it. */
@Resolver(() => Initiative)
export class InitiativeApplicationResolver {
  constructor(private readonly scope: RequestScope) {}

  @FieldResolver(() => Application, {
    nullable: true,
    description:
      'Its application to a call in progress (neither ineligible nor withdrawn), for those who may read it; null otherwise.',
  })
  application(@Root() initiative: Pick<Initiative, 'id'>): Promise<ApplicationRecord | null> {
    return this.scope.get(ApplicationService).liveOf(initiative);
  }

  @FieldResolver(() => [Call], {
    description:
      'The calls open now that the viewer may apply to with it: its lead’s representatives, while it is a draft or a public idea without an application in progress. For one initiative’s page: not batched across a list.',
  })
  viewerCallsToApply(@Root() initiative: InitiativeView): Promise<CallView[]> {
    return this.scope.get(ApplicationService).callsToApply(initiative);
  }
}
