import DataLoader from 'dataloader';
import { listsByKey } from '../common/batch.js';
import { readJsonLists } from '../common/json-list.js';
import type { CallView } from '../calls/call-read.js';
import type { FieldProblem } from '../common/errors.js';
import type { RequestScope } from '../request-scope.js';
import { problemsOfApplications } from './application-checks.js';
import {
  annexesList,
  answersList,
  readApplicable,
  readApplications,
  readApplicationsOf,
  readCallDemand,
  readCalls,
  readLiveApplications,
  versionsList,
  type AnnexView,
  type AnswerView,
  type ApplicationRecord,
  type ApplicationVersionView,
  type CallDemand,
} from './application-read.js';

/**
 * The applications feature's per-request batch loaders: one statement per list for a whole
 * page (a list of calls with their demand, a list of applications with their answers).
 */
export class ApplicationLoaders {
  constructor(private readonly scope: RequestScope) {}

  /** The organisations the viewer acts for. */
  private get represented(): string[] {
    return this.scope.viewer.affiliations
      .filter((a) => this.scope.viewer.represents(a.organisationId))
      .map((a) => a.organisationId);
  }

  readonly applicationById = new DataLoader<string, ApplicationRecord | null>((ids) =>
    readApplications(this.scope.knex, ids),
  );
  readonly liveApplicationByInitiative = new DataLoader<string, ApplicationRecord | null>((ids) =>
    readLiveApplications(this.scope.knex, ids),
  );
  /** The applications of the viewer's organisations to each call. */
  readonly viewerApplicationsByCall = new DataLoader<string, ApplicationRecord[]>(async (callIds) =>
    listsByKey(callIds, await readApplicationsOf(this.scope.knex, this.represented, callIds), (row) => row.callId),
  );
  readonly answersByApplication = new DataLoader<string, AnswerView[]>((ids) =>
    readJsonLists(this.scope.knex, answersList, ids),
  );
  readonly annexesByApplication = new DataLoader<string, AnnexView[]>((ids) =>
    readJsonLists(this.scope.knex, annexesList, ids),
  );
  /** Every reason each application cannot be submitted now (application-checks.ts). */
  readonly problemsByApplication = new DataLoader<string, FieldProblem[]>((ids) =>
    problemsOfApplications(this.scope.em, ids),
  );
  readonly versionsByApplication = new DataLoader<string, ApplicationVersionView[]>((ids) =>
    readJsonLists(this.scope.knex, versionsList, ids),
  );
  readonly callById = new DataLoader<string, CallView | null>((ids) => readCalls(this.scope.knex, ids));
  readonly demandByCall = new DataLoader<string, CallDemand>((ids) => readCallDemand(this.scope.knex, ids));
  /** Whether the viewer may apply to each call now, for one of the organisations they represent. */
  readonly viewerMayApplyToCall = new DataLoader<string, boolean>((ids) =>
    readApplicable(this.scope.knex, ids, this.represented),
  );

  /** The applications of the viewer's organisations, newest first. */
  viewerApplications(): Promise<ApplicationRecord[]> {
    return readApplicationsOf(this.scope.knex, this.represented);
  }
}
