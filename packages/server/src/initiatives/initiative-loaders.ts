import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { readOrganisations, type OrganisationView } from '../organisations/organisation-read.js';
import type { Theme } from '../strategy/theme.entity.js';
import {
  readCoProposers,
  readEndorsements,
  readStatusHistory,
  readSupportBySector,
  readThemes,
  type CoProposerView,
  type EndorsementView,
  type SectorSupport,
  type StatusChangeView,
} from './initiative-lists-read.js';
import { readBodies } from './initiative-read.js';

/** The initiatives feature's per-request batch loaders: one statement per list for a whole page. */
export function createInitiativeLoaders(em: EntityManager) {
  const knex = () => em.getKnex();
  return {
    themesByInitiative: new DataLoader<string, Theme[]>((ids) => readThemes(knex(), ids)),
    coProposersByInitiative: new DataLoader<string, CoProposerView[]>((ids) => readCoProposers(knex(), ids)),
    endorsementsByInitiative: new DataLoader<string, EndorsementView[]>((ids) => readEndorsements(knex(), ids)),
    statusHistoryByInitiative: new DataLoader<string, StatusChangeView[]>((ids) => readStatusHistory(knex(), ids)),
    supportBySectorByInitiative: new DataLoader<string, SectorSupport>((ids) => readSupportBySector(knex(), ids)),
    bodyByInitiative: new DataLoader<string, string>((ids) => readBodies(knex(), ids)),
    /** Whole profiles, for when a client asks more of an organisation than its card holds. */
    organisationView: new DataLoader<string, OrganisationView | null>((ids) => readOrganisations(knex(), ids)),
  };
}
