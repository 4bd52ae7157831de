import { NotFoundError, UnauthenticatedError, type FieldProblem } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { InitiativeLoaders } from '../initiatives/initiative-loaders.js';
import type { InitiativeView } from '../initiatives/initiative-read.js';
import type { CallView } from '../calls/call-read.js';
import type { RequestScope } from '../request-scope.js';
import { ApplicationLoaders } from './application-loaders.js';
import type {
  AnnexView,
  AnswerView,
  ApplicationRecord,
  ApplicationVersionView,
  CallDemand,
} from './application-read.js';
import { isAllowed } from '../authorization/policy.js';
import type { InitiativeStatus } from '../initiatives/initiative.enums.js';
import {
  applyingInitiativeStatuses,
  canEdit,
  canRead,
  canSubmit,
  canWithdraw,
  editableStatuses,
} from './application-rights.js';
import { readCalls, readOpenCallsFor } from './application-read.js';

/**
 * Reading applications: one by id, the viewer's, an initiative's live one, and what is shown with
 * them. Only its authors (the lead's and accepted co-proposers' representatives) and staff read
 * an application; for anyone else it does not exist.
 */
export class ApplicationService {
  constructor(private readonly scope: RequestScope) {}

  private get loaders(): ApplicationLoaders {
    return this.scope.get(ApplicationLoaders);
  }

  /** The application, if the viewer may read it: UNAUTHENTICATED for a visitor, NOT_FOUND for anyone else. */
  async find(id: string): Promise<ApplicationRecord> {
    if (!this.scope.viewer.isSignedIn) throw new UnauthenticatedError();
    const application = isUuid(id) ? await this.loaders.applicationById.load(id) : null;
    if (!application || !canRead(this.scope.viewer, application)) throw new NotFoundError('Application');
    return application;
  }

  /** The applications of the organisations the viewer represents (leading or co-proposing), newest first. */
  mine(): Promise<ApplicationRecord[]> {
    if (!this.scope.viewer.isSignedIn) throw new UnauthenticatedError();
    return this.loaders.viewerApplications();
  }

  /** The initiative's application in progress, for those who may read it; null otherwise. */
  async liveOf(initiative: { id: string }): Promise<ApplicationRecord | null> {
    if (!this.scope.viewer.isSignedIn) return null;
    const application = await this.loaders.liveApplicationByInitiative.load(initiative.id);
    return application && canRead(this.scope.viewer, application) ? application : null;
  }

  /**
   * The open calls the viewer may apply to with the initiative now, by the rules `applyToCall`
   * checks: its lead's representatives, while it is a draft or a public idea without an
   * application in progress, to calls its lead may apply to. For one initiative's page.
   */
  async callsToApply(initiative: {
    id: string;
    status: InitiativeStatus;
    leadOrganisation: { id: string };
  }): Promise<CallView[]> {
    const lead = initiative.leadOrganisation.id;
    if (
      !applyingInitiativeStatuses.includes(initiative.status) ||
      !isAllowed(this.scope.viewer, 'application.apply', lead)
    ) {
      return [];
    }
    if (await this.loaders.liveApplicationByInitiative.load(initiative.id)) return [];
    const knex = this.scope.knex;
    return (await readCalls(knex, await readOpenCallsFor(knex, lead))).filter((call) => call !== null);
  }

  /** The applications of the viewer's organisations to the call. */
  viewerApplicationsTo(call: { id: string }): Promise<ApplicationRecord[]> | ApplicationRecord[] {
    return this.scope.viewer.isSignedIn ? this.loaders.viewerApplicationsByCall.load(call.id) : [];
  }

  async call(application: ApplicationRecord): Promise<CallView> {
    const call = await this.loaders.callById.load(application.callId);
    if (!call) throw new Error(`call ${application.callId} of application ${application.id} is missing`);
    return call;
  }

  /** Its initiative, which every reader of the application may see (drafts included). */
  async initiative(application: ApplicationRecord): Promise<InitiativeView> {
    const initiative = await this.scope.get(InitiativeLoaders).initiativeById.load(application.initiativeId);
    if (!initiative) throw new Error(`initiative ${application.initiativeId} of a readable application is not visible`);
    return initiative;
  }

  answers(application: ApplicationRecord): Promise<AnswerView[]> {
    return this.loaders.answersByApplication.load(application.id);
  }

  annexes(application: ApplicationRecord): Promise<AnnexView[]> {
    return this.loaders.annexesByApplication.load(application.id);
  }

  versions(application: ApplicationRecord): Promise<ApplicationVersionView[]> {
    return this.loaders.versionsByApplication.load(application.id);
  }

  /** Every reason it cannot be submitted now (application-checks.ts); none once it is out of its authors' hands. */
  problems(application: ApplicationRecord): Promise<FieldProblem[]> | FieldProblem[] {
    return editableStatuses.includes(application.status) ? this.loaders.problemsByApplication.load(application.id) : [];
  }

  demand(call: { id: string }): Promise<CallDemand> {
    return this.loaders.demandByCall.load(call.id);
  }

  viewerCanApply(call: { id: string }): Promise<boolean> | boolean {
    return this.scope.viewer.isSignedIn ? this.loaders.viewerMayApplyToCall.load(call.id) : false;
  }

  viewerCanEdit(application: ApplicationRecord): boolean {
    return canEdit(this.scope.viewer, application);
  }

  viewerCanSubmit(application: ApplicationRecord): boolean {
    return canSubmit(this.scope.viewer, application);
  }

  viewerCanWithdraw(application: ApplicationRecord): boolean {
    return canWithdraw(this.scope.viewer, application);
  }
}
