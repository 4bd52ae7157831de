import DataLoader from 'dataloader';
import type { Representative } from '../accounts/account.types.js';
import { readJsonLists } from '../common/json-list.js';
import type { RequestScope } from '../request-scope.js';
import { readOrganisations, representativesList, type OrganisationView } from './organisation-read.js';

/** The organisations feature's per-request batch loaders: one statement for a whole page. */
export class OrganisationLoaders {
  constructor(private readonly scope: RequestScope) {}

  readonly representativesByOrganisation = new DataLoader<string, Representative[]>((ids) =>
    readJsonLists(this.scope.knex, representativesList, ids),
  );
  /** Whole profiles, for when a client asks more of an organisation than its card holds. */
  readonly organisationView = new DataLoader<string, OrganisationView | null>((ids) =>
    readOrganisations(this.scope.knex, ids),
  );
}
