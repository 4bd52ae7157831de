import DataLoader from 'dataloader';
import type { FieldProblem } from '../common/errors.js';
import { readJsonLists } from '../common/json-list.js';
import type { RequestScope } from '../request-scope.js';
import { callRuleProblems } from './application-checks.js';
import {
  complianceChecksList,
  completionRequestsList,
  type ComplianceCheckView,
  type CompletionRequestView,
} from './compliance-read.js';

/** The compliance check's per-request batch loaders: one statement per list for a whole queue. */
export class ComplianceLoaders {
  constructor(private readonly scope: RequestScope) {}

  readonly completionRequestsByApplication = new DataLoader<string, CompletionRequestView[]>((ids) =>
    readJsonLists(this.scope.knex, completionRequestsList, ids),
  );
  readonly checksByApplication = new DataLoader<string, ComplianceCheckView[]>((ids) =>
    readJsonLists(this.scope.knex, complianceChecksList, ids),
  );
  /** The automatic checks against the call's rules (application-checks.ts), for the whole queue at once. */
  readonly automaticChecksByApplication = new DataLoader<string, FieldProblem[]>((ids) =>
    callRuleProblems(this.scope.em, ids),
  );
}
