import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { InitiativeView } from '../initiatives/initiative-read.js';
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
export function createPartnershipLoaders(em: EntityManager) {
  const knex = () => em.getKnex();
  return {
    initiativesByPartnership: new DataLoader<string, InitiativeView[]>((ids) => readRelatedInitiatives(knex(), ids)),
    activitiesByPartnership: new DataLoader<string, ActivityView[]>((ids) => readActivities(knex(), ids)),
    /** The partnerships activities belong to; activities are for staff, who see every partnership. */
    partnershipById: new DataLoader<string, PartnershipView | null>((ids) => readPartnerships(knex(), ids)),
    contactsByPartnership: new DataLoader<string, ContactView[]>((ids) => readContacts(knex(), ids)),
  };
}
