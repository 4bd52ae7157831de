import DataLoader from 'dataloader';
import type { RequestScope } from '../request-scope.js';
import type { Theme } from '../strategy/theme.entity.js';
import { readJsonLists } from '../common/json-list.js';
import {
  coProposersList,
  endorsementsList,
  statusHistoryList,
  supportBySectorList,
  themesList,
  type CoProposerView,
  type EndorsementView,
  type SectorSupport,
  type StatusChangeView,
} from './initiative-lists-read.js';
import {
  readBodies,
  readEndorsementCounts,
  readInitiatives,
  type EndorsementCounts,
  type InitiativeView,
} from './initiative-read.js';
import { ledByApplication } from './initiative-applications.js';
import type { InitiativeStatus } from './initiative.enums.js';

/**
 * The initiatives feature's per-request batch loaders: one statement per list for a whole page,
 * none for the lists a page read with its own statement (json-list.ts).
 */
export class InitiativeLoaders {
  constructor(private readonly scope: RequestScope) {}

  readonly themesByInitiative = new DataLoader<string, Theme[]>((ids) =>
    readJsonLists(this.scope.knex, themesList, ids),
  );
  readonly coProposersByInitiative = new DataLoader<string, CoProposerView[]>((ids) =>
    readJsonLists(this.scope.knex, coProposersList, ids),
  );
  readonly endorsementsByInitiative = new DataLoader<string, EndorsementView[]>((ids) =>
    readJsonLists(this.scope.knex, endorsementsList, ids),
  );
  readonly statusHistoryByInitiative = new DataLoader<string, StatusChangeView[]>((ids) =>
    readJsonLists(this.scope.knex, statusHistoryList, ids),
  );
  readonly supportBySectorByInitiative = new DataLoader<string, SectorSupport>((ids) =>
    readJsonLists(this.scope.knex, supportBySectorList, ids),
  );
  readonly bodyByInitiative = new DataLoader<string, string>((ids) => readBodies(this.scope.knex, ids));
  readonly endorsementCountsByInitiative = new DataLoader<string, EndorsementCounts>((ids) =>
    readEndorsementCounts(this.scope.knex, ids),
  );
  /** Initiatives shown by other features' records, as far as the viewer may see them. */
  readonly initiativeById = new DataLoader<string, InitiativeView | null>((ids) =>
    readInitiatives(this.scope.knex, this.scope.viewer, ids),
  );
  /** Whether each initiative moves only with its application to a call (initiative-applications.ts). */
  readonly ledByApplication = new DataLoader<{ id: string; status: InitiativeStatus }, boolean, string>(
    async (initiatives) => {
      const led = await ledByApplication(this.scope.knex, initiatives);
      return initiatives.map((initiative) => led.has(initiative.id));
    },
    { cacheKeyFn: (initiative) => initiative.id },
  );
}
