import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { readOrganisations, type OrganisationView } from '../organisations/organisation-read.js';
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
import { readBodies } from './initiative-read.js';

/**
 * The initiatives feature's per-request batch loaders: one statement per list for a whole page,
 * none for the lists a page read with its own statement (json-list.ts).
 */
export function createInitiativeLoaders(em: EntityManager) {
  const knex = () => em.getKnex();
  return {
    themesByInitiative: new DataLoader<string, Theme[]>((ids) => readJsonLists(knex(), themesList, ids)),
    coProposersByInitiative: new DataLoader<string, CoProposerView[]>((ids) =>
      readJsonLists(knex(), coProposersList, ids),
    ),
    endorsementsByInitiative: new DataLoader<string, EndorsementView[]>((ids) =>
      readJsonLists(knex(), endorsementsList, ids),
    ),
    statusHistoryByInitiative: new DataLoader<string, StatusChangeView[]>((ids) =>
      readJsonLists(knex(), statusHistoryList, ids),
    ),
    supportBySectorByInitiative: new DataLoader<string, SectorSupport>((ids) =>
      readJsonLists(knex(), supportBySectorList, ids),
    ),
    bodyByInitiative: new DataLoader<string, string>((ids) => readBodies(knex(), ids)),
    /** Whole profiles, for when a client asks more of an organisation than its card holds. */
    organisationView: new DataLoader<string, OrganisationView | null>((ids) => readOrganisations(knex(), ids)),
  };
}
