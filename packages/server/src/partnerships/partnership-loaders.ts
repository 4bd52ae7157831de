import DataLoader from 'dataloader';
import type { InitiativeView } from '../initiatives/initiative-read.js';
import type { RequestScope } from '../request-scope.js';
import {
  readActivities,
  readContacts,
  readPartnerships,
  readRelatedInitiatives,
  type ActivityView,
  type ContactView,
  type PartnershipView,
} from './partnership-read.js';

/**
 * The partnerships feature's per-request batch loaders: a page of N partnerships asks for the
 * initiatives, activities and contacts of all of them in one statement each.
 */
export class PartnershipLoaders {
  constructor(private readonly scope: RequestScope) {}

  readonly initiativesByPartnership = new DataLoader<string, InitiativeView[]>((ids) =>
    readRelatedInitiatives(this.scope.knex, ids),
  );
  readonly activitiesByPartnership = new DataLoader<string, ActivityView[]>((ids) =>
    readActivities(this.scope.knex, ids),
  );
  /** The partnerships activities belong to; activities are for staff, who see every partnership. */
  readonly partnershipById = new DataLoader<string, PartnershipView | null>((ids) =>
    readPartnerships(this.scope.knex, ids),
  );
  readonly contactsByPartnership = new DataLoader<string, ContactView[]>((ids) => readContacts(this.scope.knex, ids));
}
