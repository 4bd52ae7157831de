import DataLoader from 'dataloader';
import { readJsonLists } from '../common/json-list.js';
import type { RequestScope } from '../request-scope.js';
import {
  applicantOrganisationsList,
  complianceChecksList,
  completionRequestsList,
  type ComplianceCheckView,
  type CompletionRequestView,
} from './compliance-read.js';

/** The compliance check's per-request batch loaders: one statement per list for a whole queue. */
export class ComplianceLoaders {
  constructor(private readonly scope: RequestScope) {}

  private get knex() {
    return this.scope.em.getKnex();
  }

  readonly completionRequestsByApplication = new DataLoader<string, CompletionRequestView[]>((ids) =>
    readJsonLists(this.knex, completionRequestsList, ids),
  );
  readonly checksByApplication = new DataLoader<string, ComplianceCheckView[]>((ids) =>
    readJsonLists(this.knex, complianceChecksList, ids),
  );
  readonly applicantOrganisationsByApplication = new DataLoader<string, string[]>((ids) =>
    readJsonLists(this.knex, applicantOrganisationsList, ids),
  );
}
