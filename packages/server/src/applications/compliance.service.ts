import type { EntityManager } from '@mikro-orm/postgresql';
import { Writer } from '../audit/writer.js';
import { authorize, isAllowed } from '../authorization/policy.js';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  type FieldProblem,
} from '../common/errors.js';
import { applicationMoves, recordStatusChange } from '../initiatives/initiative-lifecycle.js';
import { InitiativeStatus } from '../initiatives/initiative.enums.js';
import { notify } from '../notifications/notify.js';
import type { RequestScope } from '../request-scope.js';
import { Application, CompletionRequest } from './application.entity.js';
import { ApplicationStatus, ComplianceResult } from './application.enums.js';
import { readApplications, type ApplicationRecord } from './application-read.js';
import { canRead, type ApplicationRightsRoot } from './application-rights.js';
import { complianceChecklist, isComplianceItem } from './compliance-checklist.js';
import { ComplianceLoaders } from './compliance-loaders.js';
import {
  readComplianceQueue,
  type ComplianceCheckView,
  type ComplianceQueueRow,
  type CompletionRequestView,
} from './compliance-read.js';
import type {
  DeclareIneligibleArgs,
  PassToEvaluationArgs,
  RecordComplianceCheckArgs,
  RequestCompletionArgs,
} from './compliance.inputs.js';

const { SUBMITTED, COMPLETION_REQUESTED, INELIGIBLE, PASSED_TO_EVALUATION } = ApplicationStatus;

/** How long applicants may at most be given to complete an application. */
const longestReplyMs = 30 * 24 * 60 * 60 * 1000;

/** What the rights below read of an application. */
type ApplicationRoot = Pick<ApplicationRecord, 'id' | 'status'>;

/**
 * The staff's administrative compliance check of applications to a call: the queue, the checklist,
 * completion requests round by round, declaring an application ineligible and passing it to
 * evaluation. Each decision moves the initiative with it (initiative-lifecycle.ts) and tells the
 * applicants; every write is authorised, version-checked where it decides, and audited.
 */
export class ComplianceService {
  constructor(private readonly scope: RequestScope) {}

  /** The request's EntityManager, for writes and entity reads (read queries use `scope.knex`). */
  private get em(): EntityManager {
    return this.scope.em;
  }

  private get writer(): Writer {
    return this.scope.get(Writer);
  }

  private get loaders(): ComplianceLoaders {
    return this.scope.get(ComplianceLoaders);
  }

  async queue(callId: string, statuses: readonly ApplicationStatus[] | undefined): Promise<ComplianceQueueRow[]> {
    authorize(this.scope.viewer, 'application.readCompliance');
    const knex = this.scope.knex;
    const queue = await readComplianceQueue(knex, callId, statuses);
    // An empty queue may be no call at all: only then is it worth asking.
    if (!queue.length && !(await knex('call_for_proposals').where('id', callId).first('id'))) {
      throw new NotFoundError('The call');
    }
    return queue;
  }

  /** The checklist with the staff's findings (staff only: `@Requires` on the field). */
  checks(application: ApplicationRoot): Promise<ComplianceCheckView[]> {
    return this.loaders.checksByApplication.load(application.id);
  }

  /** What the automatic checks find against the call's rules now (staff only: `@Requires` on the field). */
  automaticChecks(application: ApplicationRoot): Promise<FieldProblem[]> {
    return this.loaders.automaticChecksByApplication.load(application.id);
  }

  /**
   * The completion rounds, for whoever reads the application: staff and its applicants (the
   * representatives of its lead and of co-proposers who accepted).
   */
  completionRequests(application: ApplicationRoot & ApplicationRightsRoot): Promise<CompletionRequestView[]> {
    const viewer = this.scope.viewer;
    if (!canRead(viewer, application)) throw viewer.isSignedIn ? new ForbiddenError() : new UnauthenticatedError();
    return this.loaders.completionRequestsByApplication.load(application.id);
  }

  canRequestCompletion(application: ApplicationRoot): boolean {
    return isAllowed(this.scope.viewer, 'application.checkCompliance') && application.status === SUBMITTED;
  }

  canDeclareIneligible(application: ApplicationRoot): boolean {
    return (
      isAllowed(this.scope.viewer, 'application.checkCompliance') &&
      [SUBMITTED, COMPLETION_REQUESTED].includes(application.status)
    );
  }

  /** Staff, a submitted application, and every checklist item passed or not applicable. */
  async canPassToEvaluation(application: ApplicationRoot): Promise<boolean> {
    if (!this.canRequestCompletion(application)) return false;
    return checklistProblems(await this.loaders.checksByApplication.load(application.id)).length === 0;
  }

  async recordCheck(args: RecordComplianceCheckArgs): Promise<ApplicationRecord> {
    authorize(this.scope.viewer, 'application.checkCompliance');
    if (!isComplianceItem(args.item)) {
      throw BadUserInputError.field('item', 'INVALID_CHOICE', 'is not an item of the compliance checklist');
    }
    const application = await this.em.findOneOrFail(Application, { id: args.applicationId });
    if (application.status !== SUBMITTED) {
      throw BadUserInputError.field(
        'applicationId',
        'NOT_SUBMITTED',
        `only a submitted application is checked; this one is ${application.status}`,
      );
    }
    const note = args.note.trim();
    await this.writer.write('application.recordCheck', async ({ em, audit }) => {
      await em.execute(
        `insert into compliance_check (application_id, item, result, note, checked_by_id, checked_at)
         values (?, ?, ?, ?, ?, now())
         on conflict (application_id, item) do update
           set result = excluded.result, note = excluded.note, checked_by_id = excluded.checked_by_id,
               checked_at = excluded.checked_at`,
        [application.id, args.item, args.result, note, this.scope.viewer.user?.id ?? null],
      );
      // A finding changes what a decision rests on: a decision made on the version before it is stale.
      application.updatedAt = new Date();
      audit(application.id, { item: args.item, result: args.result, note });
    });
    return this.view(application.id);
  }

  async requestCompletion(args: RequestCompletionArgs): Promise<ApplicationRecord> {
    authorize(this.scope.viewer, 'application.checkCompliance');
    const application = await this.forDecision(args.applicationId, [SUBMITTED], InitiativeStatus.COMPLETION_REQUESTED);
    checkReplyBy(args.replyBy);
    const items = args.items.map((item) => item.trim());
    const message = args.message.trim();
    const rounds = await this.em.count(CompletionRequest, { application });
    await this.writer.write(
      'application.requestCompletion',
      async ({ em, audit }) => {
        application.status = COMPLETION_REQUESTED;
        const request = em.create(CompletionRequest, {
          application,
          round: rounds + 1,
          items,
          message,
          replyBy: args.replyBy,
          requestedBy: this.scope.viewer.user,
        });
        // The list stays between staff and the applicants; the public history shows only the move.
        recordStatusChange(em, application.initiative, InitiativeStatus.COMPLETION_REQUESTED, {
          reason: '',
          actor: this.scope.viewer.user,
        });
        audit(application.id, {
          status: { from: SUBMITTED, to: COMPLETION_REQUESTED },
          round: request.round,
          items,
          message,
          replyBy: args.replyBy.toISOString(),
        });
        await notify(em, {
          type: 'completionRequested',
          completionRequestId: request.id,
          actorId: this.scope.viewer.user?.id ?? null,
        });
      },
      { version: { record: application, seen: args.version } },
    );
    return this.decided(application);
  }

  async declareIneligible(args: DeclareIneligibleArgs): Promise<ApplicationRecord> {
    authorize(this.scope.viewer, 'application.checkCompliance');
    const application = await this.forDecision(
      args.applicationId,
      [SUBMITTED, COMPLETION_REQUESTED],
      InitiativeStatus.REJECTED,
    );
    const reason = args.reason.trim();
    return this.decide(
      application,
      INELIGIBLE,
      InitiativeStatus.REJECTED,
      reason,
      'application.declareIneligible',
      args.version,
    );
  }

  async passToEvaluation(args: PassToEvaluationArgs): Promise<ApplicationRecord> {
    authorize(this.scope.viewer, 'application.checkCompliance');
    const application = await this.forDecision(args.applicationId, [SUBMITTED], InitiativeStatus.UNDER_REVIEW);
    const checks = await this.em
      .getKnex()('compliance_check')
      .select('item', 'result')
      .where('application_id', application.id);
    const problems = checklistProblems(checks);
    if (problems.length) throw new BadUserInputError(problems);
    return this.decide(
      application,
      PASSED_TO_EVALUATION,
      InitiativeStatus.UNDER_REVIEW,
      '',
      'application.passToEvaluation',
      args.version,
    );
  }

  /** Declares the compliance check's outcome: the application and its initiative move, the applicants are told. */
  private async decide(
    application: Application,
    to: ApplicationStatus,
    initiativeTo: InitiativeStatus,
    reason: string,
    action: 'application.declareIneligible' | 'application.passToEvaluation',
    seenVersion: number,
  ): Promise<ApplicationRecord> {
    const from = application.status;
    await this.writer.write(
      action,
      async ({ em, audit }) => {
        application.status = to;
        application.statusReason = reason;
        const change = recordStatusChange(em, application.initiative, initiativeTo, {
          reason,
          actor: this.scope.viewer.user,
        });
        audit(application.id, { status: { from, to }, reason });
        await notify(em, {
          type: 'applicationDecided',
          applicationId: application.id,
          statusChangeId: change.id,
          actorId: this.scope.viewer.user?.id ?? null,
        });
      },
      { version: { record: application, seen: seenVersion } },
    );
    return this.decided(application);
  }

  /**
   * The application with its initiative, if it is in one of `statuses` and its initiative can
   * follow it to `initiativeTo` (a move of applicationMoves); an illegal move is refused.
   */
  private async forDecision(
    id: string,
    statuses: readonly ApplicationStatus[],
    initiativeTo: InitiativeStatus,
  ): Promise<Application> {
    const application = await this.em.findOneOrFail(Application, { id }, { populate: ['initiative'] });
    if (!statuses.includes(application.status)) {
      throw BadUserInputError.field(
        'applicationId',
        'ILLEGAL_TRANSITION',
        `an application in status ${application.status} cannot be decided so`,
      );
    }
    const initiativeStatus = application.initiative.status;
    if (!applicationMoves[initiativeStatus as InitiativeStatus]?.includes(initiativeTo)) {
      throw BadUserInputError.field(
        'applicationId',
        'ILLEGAL_TRANSITION',
        `its initiative cannot move from ${initiativeStatus} to ${initiativeTo}`,
      );
    }
    return application;
  }

  /** After a decision: live pages of the initiative hear of its new status; the answer is read afresh. */
  private decided(application: Application): Promise<ApplicationRecord> {
    const initiativeId = application.initiative.id;
    this.scope.app.pubSub.publish('INITIATIVE_CHANGED', initiativeId, { initiativeId });
    return this.view(application.id);
  }

  private async view(id: string): Promise<ApplicationRecord> {
    const [application] = await readApplications(this.scope.knex, [id]);
    return application!;
  }
}

/** Why the checklist does not yet allow passing to evaluation: each item unchecked or failed. */
function checklistProblems(checks: readonly Pick<ComplianceCheckView, 'item' | 'result'>[]): FieldProblem[] {
  const results = new Map(checks.map((check) => [check.item, check.result]));
  return complianceChecklist.flatMap((item): FieldProblem[] => {
    const result = results.get(item);
    if (!result) return [{ field: `checklist.${item}`, code: 'NOT_CHECKED', message: 'is not checked yet' }];
    if (result === ComplianceResult.FAILED) {
      return [{ field: `checklist.${item}`, code: 'CHECK_FAILED', message: 'was found not to comply' }];
    }
    return [];
  });
}

/** A reply-by time in the future, at most 30 days ahead. */
function checkReplyBy(replyBy: Date): void {
  const now = Date.now();
  if (replyBy.getTime() <= now) throw BadUserInputError.field('replyBy', 'DATE_IN_PAST', 'must be in the future');
  if (replyBy.getTime() > now + longestReplyMs) {
    throw BadUserInputError.field('replyBy', 'TOO_LARGE', 'must be at most 30 days ahead');
  }
}
