import type { EntityManager } from '@mikro-orm/postgresql';
import { Writer } from '../audit/writer.js';
import { authorize } from '../authorization/policy.js';
import { Call, CallAnnex, CallQuestion } from '../calls/call.entity.js';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  type FieldProblem,
} from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { isoTimestamp } from '../common/sql.js';
import { freeSlug } from '../common/slug.js';
import { InitiativeService } from '../initiatives/initiative.service.js';
import { applicationMoves, inCallStatuses, moveInitiative } from '../initiatives/initiative-lifecycle.js';
import { Initiative } from '../initiatives/initiative.entity.js';
import { InitiativeStatus } from '../initiatives/initiative.enums.js';
import { attachFile } from '../files/file-access.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { follow } from '../notifications/notify.js';
import { Organisation } from '../organisations/organisation.entity.js';
import type { RequestScope } from '../request-scope.js';
import { ApplicationAnnex } from './application-annex.entity.js';
import { answerProblem, isAnswered, storedAnswer } from './application-answers.js';
import { applicationProblems, callOpenSql } from './application-checks.js';
import { applicationFiles } from './application-files.js';
import { ApplicationLoaders } from './application-loaders.js';
import { eligibleSql, type ApplicationRecord } from './application-read.js';
import {
  applyingInitiativeStatuses,
  canEdit,
  canWithdraw,
  editableStatuses,
  isApplicationAuthor,
} from './application-rights.js';
import { snapshotOf } from './application-snapshot.js';
import { Application, ApplicationVersion, CompletionRequest } from './application.entity.js';
import { ApplicationStatus } from './application.enums.js';
import type { ApplyToCallArgs, UpdateApplicationInput } from './application.inputs.js';
import { ApplicationService } from './application.service.js';

/**
 * Writing applications: applying with a new or an existing initiative, answering the call,
 * submitting (and resubmitting after a completion request) against the database's clock, and
 * withdrawing. Every write is authorised, validated, transactional and audited; each answers
 * the application as read afterwards.
 */
export class ApplicationWorkflowService {
  constructor(private readonly scope: RequestScope) {}

  /** The request's EntityManager, for writes and entity reads (read queries use `scope.knex`). */
  private get em(): EntityManager {
    return this.scope.em;
  }

  private get writer(): Writer {
    return this.scope.get(Writer);
  }

  async apply(args: ApplyToCallArgs): Promise<ApplicationRecord> {
    const { viewer } = this.scope;
    if (!viewer.isSignedIn) throw new UnauthenticatedError();
    const initiative = args.initiativeId
      ? await this.scope.get(InitiativeService).findForWrite(args.initiativeId)
      : null;
    const leadId = initiative ? initiative.leadOrganisation.id : this.applyingOrganisation(args);
    if (initiative && args.organisationId && args.organisationId !== leadId) {
      throw BadUserInputError.field('organisationId', 'NOT_LEAD', 'must be the lead organisation of the initiative');
    }
    authorize(viewer, 'application.apply', leadId);
    if (initiative && !applyingInitiativeStatuses.includes(initiative.status)) {
      throw BadUserInputError.field(
        'initiativeId',
        'NOT_APPLICABLE',
        `an initiative in status ${initiative.status} cannot apply to a call`,
      );
    }
    const title = args.title?.trim();
    if (!initiative && !title) {
      throw BadUserInputError.field('title', 'REQUIRED', 'a new initiative needs a title');
    }
    const id = await this.writer.write(
      'application.apply',
      async ({ em, audit }) => {
        await this.assertMayApply(em, args.callId, leadId);
        let applying = initiative;
        if (!applying) {
          applying = em.create(Initiative, {
            slug: await freeSlug(em, 'initiative', title!, 'iniciatyva'),
            title: title!,
            leadOrganisation: em.getReference(Organisation, leadId),
            createdBy: viewer.user,
          });
        }
        const application = em.create(Application, {
          call: em.getReference(Call, args.callId),
          initiative: applying,
          createdBy: viewer.user,
        });
        audit(application.id, { callId: args.callId, initiativeId: applying.id, newInitiative: !initiative });
        await em.flush();
        // Whoever starts an initiative follows it from the start, as its creator does (initiative-workflow).
        if (!initiative) await follow(em, viewer.user!.id, applying.id);
        return application.id;
      },
      {
        duplicate: (error) =>
          new ConflictError(
            /application_live_initiative_idx/.test(error.message)
              ? 'This initiative already has an application in progress: it applies to one call at a time. Withdraw that application first.'
              : 'Someone else started an initiative with this title at the same moment. Try again.',
          ),
      },
    );
    return this.reread(id);
  }

  async update(id: string, version: number, input: UpdateApplicationInput): Promise<ApplicationRecord> {
    await this.editable(id);
    const application = await this.em.findOneOrFail(Application, { id });
    const answers = await this.checkedAnswers(application, input);
    await this.writer.write(
      'application.update',
      async ({ em, audit }) => {
        const changes: Record<string, unknown> = {};
        if (input.eligibleCostsCents !== undefined && input.eligibleCostsCents !== application.eligibleCostsCents) {
          changes.eligibleCostsCents = { from: application.eligibleCostsCents ?? null, to: input.eligibleCostsCents };
          application.eligibleCostsCents = input.eligibleCostsCents;
        }
        for (const { questionId, value } of answers) {
          if (value === null) {
            await em.execute('delete from application_answer where application_id = ? and question_id = ?', [
              id,
              questionId,
            ]);
          } else {
            await em.execute(
              `insert into application_answer (application_id, question_id, value) values (?, ?, ?::jsonb)
               on conflict (application_id, question_id) do update set value = excluded.value, updated_at = now()`,
              [id, questionId, JSON.stringify(value)],
            );
          }
        }
        if (answers.length) changes.answers = answers.map((answer) => answer.questionId);
        // Answers live in their own rows: the application's version still moves, so a co-author's open edit goes stale.
        application.updatedAt = new Date();
        audit(id, changes);
      },
      { version: { record: application, seen: version } },
    );
    return this.reread(id);
  }

  /**
   * Submits a draft, or resubmits an application returned for completion, in one transaction
   * that holds the application's row: the deadline by the database's clock (the call's closing
   * time, or the completion round's reply-by), every check of application-checks.ts, the frozen
   * version, the status, the initiative submitted with it if it is a draft, and the audit entry.
   */
  async submit(id: string, version: number): Promise<ApplicationRecord> {
    const record = await this.scope.get(ApplicationService).find(id);
    authorize(this.scope.viewer, 'application.submit', record.leadOrganisationId);
    if (!editableStatuses.includes(record.status)) {
      throw BadUserInputError.field(
        'id',
        'ILLEGAL_TRANSITION',
        `an application in status ${record.status} cannot be submitted`,
      );
    }
    const application = await this.em.findOneOrFail(Application, { id }, { populate: ['initiative'] });
    let initiativeMoved = false;
    await this.writer.write(
      'application.submit',
      async ({ em, audit }) => {
        // The row stays locked until the commit; `now()` is this transaction's time, the moment that counts.
        const [{ now }] = (await em.execute(
          `select ${isoTimestamp('now()')} as now from application where id = ? for update`,
          [id],
        )) as [{ now: string }];
        const problems = await applicationProblems(em, id);
        if (problems.length) throw new BadUserInputError(problems);
        const at = new Date(now);
        const [{ next }] = (await em.execute(
          'select coalesce(max(number), 0) + 1 as next from application_version where application_id = ?',
          [id],
        )) as [{ next: number }];
        const frozen = em.create(ApplicationVersion, {
          application,
          number: next,
          snapshot: await snapshotOf(em, id),
          submittedBy: this.scope.viewer.user,
          submittedAt: at,
        });
        const from = application.status;
        if (from === ApplicationStatus.COMPLETION_REQUESTED) {
          const round = await em.findOneOrFail(
            CompletionRequest,
            { application, answeredAt: null },
            { orderBy: { round: 'desc' } },
          );
          round.answeredVersion = frozen;
          round.answeredAt = at;
        }
        application.status = ApplicationStatus.SUBMITTED;
        application.firstSubmittedAt ??= at;
        application.lastSubmittedAt = at;
        const changes: Record<string, unknown> = { status: { from, to: application.status }, versionNumber: next };
        // The initiative follows: a draft is submitted with it, one returned for completion is submitted again.
        const initiative = application.initiative;
        if (applicationMoves[initiative.status as InitiativeStatus]?.includes(InitiativeStatus.SUBMITTED)) {
          changes.initiativeStatus = await moveInitiative(em, initiative, InitiativeStatus.SUBMITTED, {
            reason: '',
            actor: this.scope.viewer.user,
            at,
          });
          initiativeMoved = true;
        }
        audit(id, changes);
      },
      { version: { record: application, seen: version } },
    );
    if (initiativeMoved) this.announceInitiative(application.initiative.id);
    return this.reread(id);
  }

  async withdraw(id: string, version: number, reason: string): Promise<ApplicationRecord> {
    const record = await this.scope.get(ApplicationService).find(id);
    authorize(this.scope.viewer, 'application.withdraw', record.leadOrganisationId);
    if (!canWithdraw(this.scope.viewer, record)) {
      throw BadUserInputError.field(
        'id',
        'ILLEGAL_TRANSITION',
        `an application in status ${record.status} cannot be withdrawn`,
      );
    }
    const application = await this.em.findOneOrFail(Application, { id }, { populate: ['initiative'] });
    const initiative = application.initiative;
    let initiativeMoved = false;
    await this.writer.write(
      'application.withdraw',
      async ({ em, audit }) => {
        const from = application.status;
        application.status = ApplicationStatus.WITHDRAWN;
        application.statusReason = reason.trim();
        const changes: Record<string, unknown> = {
          status: { from, to: application.status },
          reason: application.statusReason,
        };
        // Out of the call, the initiative is a public idea again, free to apply to a later one.
        if (inCallStatuses.includes(initiative.status as InitiativeStatus)) {
          changes.initiativeStatus = await moveInitiative(em, initiative, InitiativeStatus.SUBMITTED, {
            reason: application.statusReason,
            actor: this.scope.viewer.user,
          });
          initiativeMoved = true;
        }
        audit(id, changes);
      },
      { version: { record: application, seen: version } },
    );
    if (initiativeMoved) this.announceInitiative(initiative.id);
    return this.reread(id);
  }

  /**
   * Gives an uploaded file of the viewer's to the application, for one of its call's annexes or
   * (without `callAnnexId`) as an extra document: its authors, while they may change it. Annexes
   * are rows of their own, so the application's version does not move (an open edit stays
   * current); a submission freezes whichever annexes it has then.
   */
  async attachAnnex(
    applicationId: string,
    callAnnexId: string | null | undefined,
    fileId: string,
  ): Promise<ApplicationRecord> {
    const record = await this.editable(applicationId);
    const callAnnex = callAnnexId ? await this.em.findOne(CallAnnex, { id: callAnnexId, call: record.callId }) : null;
    if (callAnnexId && !callAnnex)
      throw BadUserInputError.field('callAnnexId', 'UNKNOWN_REFERENCE', 'not an annex of this call');
    await this.writer.write(
      'application.attachAnnex',
      async ({ em, audit }) => {
        await attachFile(em, fileId, applicationFiles, applicationId, this.scope.viewer);
        const annex = em.create(ApplicationAnnex, {
          application: em.getReference(Application, applicationId),
          callAnnex,
          file: em.getReference(StoredFile, fileId),
          uploadedBy: this.scope.viewer.user,
        });
        audit(applicationId, { annexId: annex.id, callAnnexId: callAnnex?.id ?? null, fileId });
      },
      { duplicate: () => BadUserInputError.field('fileId', 'FILE_UNAVAILABLE', 'this file is attached already') },
    );
    this.scope.get(ApplicationLoaders).annexesByApplication.clear(applicationId);
    return this.reread(applicationId);
  }

  /** Takes an annex off the application; its file stays with the application for the versions that name it. */
  async removeAnnex(id: string): Promise<ApplicationRecord> {
    const annex = isUuid(id) ? await this.em.findOne(ApplicationAnnex, { id }) : null;
    if (!annex) throw new NotFoundError('Application annex');
    const applicationId = annex.application.id;
    await this.editable(applicationId);
    await this.writer.write('application.removeAnnex', async ({ em, audit }) => {
      em.remove(annex);
      audit(applicationId, { annexId: id, callAnnexId: annex.callAnnex?.id ?? null, fileId: annex.file.id });
    });
    this.scope.get(ApplicationLoaders).annexesByApplication.clear(applicationId);
    return this.reread(applicationId);
  }

  /** An application the viewer may change now: one of its authors, while a draft or returned for completion. */
  private async editable(id: string): Promise<ApplicationRecord> {
    const record = await this.scope.get(ApplicationService).find(id);
    this.assertAuthor(record, 'application.edit');
    if (!canEdit(this.scope.viewer, record)) {
      throw BadUserInputError.field(
        'id',
        'NOT_A_DRAFT',
        'only a draft, or an application returned for completion, can be changed',
      );
    }
    return record;
  }

  /**
   * The organisation a new initiative is started for: the one named, or the one the viewer
   * represents when there is one only.
   */
  private applyingOrganisation(args: ApplyToCallArgs): string {
    if (args.organisationId) return args.organisationId;
    const represented = this.scope.viewer.affiliations.filter((a) => this.scope.viewer.represents(a.organisationId));
    if (represented.length === 1) return represented[0]!.organisationId;
    if (!represented.length) throw new ForbiddenError('Only representatives of an organisation apply to calls.');
    throw BadUserInputError.field('organisationId', 'REQUIRED', 'say which of your organisations applies');
  }

  /**
   * Refuses, inside the write's transaction and by the database's clock, a call that is not open
   * now or that the lead organisation may not apply to.
   */
  private async assertMayApply(em: EntityManager, callId: string, leadId: string): Promise<void> {
    const [call] = isUuid(callId)
      ? ((await em.execute(
          `select ${callOpenSql('c')} as open, c.status <> 'DRAFT' as published,
                  exists (select 1 from organisation o where o.id = ? and ${eligibleSql('o', 'c')}) as eligible
             from call_for_proposals c where c.id = ?`,
          [leadId, callId],
        )) as { open: boolean; published: boolean; eligible: boolean }[])
      : [];
    // A draft call does not exist for applicants.
    if (!call?.published) throw BadUserInputError.field('callId', 'UNKNOWN_REFERENCE', 'no such call');
    if (!call.open)
      throw BadUserInputError.field('callId', 'CALL_NOT_OPEN', 'the call is not open for applications now');
    if (!call.eligible) {
      throw BadUserInputError.field(
        'organisationId',
        'NOT_ELIGIBLE',
        'the organisation is neither a member of the LAG nor of a kind this call admits',
      );
    }
  }

  /**
   * The answers of `input` checked against the call's questions, each problem named by its
   * place in the list (`answers.2.value`); blank answers come back as null, to be cleared.
   */
  private async checkedAnswers(
    application: Application,
    input: UpdateApplicationInput,
  ): Promise<{ questionId: string; value: ReturnType<typeof storedAnswer> | null }[]> {
    if (!input.answers?.length) return [];
    const questions = await this.em.find(CallQuestion, { call: application.call });
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    input.answers.forEach(({ questionId, value }, index) => {
      const question = questions.find((q) => q.id === questionId);
      if (!question) {
        problems.push({
          field: `answers.${index}.questionId`,
          code: 'UNKNOWN_REFERENCE',
          message: 'not a question of this call',
        });
      } else if (seen.has(questionId)) {
        problems.push({
          field: `answers.${index}.questionId`,
          code: 'DUPLICATE_ITEM',
          message: 'answers a question twice',
        });
      } else if (isAnswered(value)) {
        const problem = answerProblem(question, value);
        if (problem) problems.push({ field: `answers.${index}.value`, ...problem });
      }
      seen.add(questionId);
    });
    if (problems.length) throw new BadUserInputError(problems);
    return input.answers.map(({ questionId, value }) => ({
      questionId,
      value: isAnswered(value) ? storedAnswer(value) : null,
    }));
  }

  /** FORBIDDEN (UNAUTHENTICATED for a visitor) unless the viewer writes the application with its lead. */
  private assertAuthor(record: ApplicationRecord, operation: 'application.edit'): void {
    if (!isApplicationAuthor(this.scope.viewer, record))
      authorize(this.scope.viewer, operation, record.leadOrganisationId);
  }

  /** The application as read after a write, past the request's loaders (which may hold it from before). */
  /** Tells live subscribers that the initiative's status changed with its application. */
  private announceInitiative(initiativeId: string): void {
    this.scope.app.pubSub.publish('INITIATIVE_CHANGED', initiativeId, { initiativeId });
  }

  private async reread(id: string): Promise<ApplicationRecord> {
    const loaders = this.scope.get(ApplicationLoaders);
    loaders.applicationById.clear(id);
    return this.scope.get(ApplicationService).find(id);
  }
}
