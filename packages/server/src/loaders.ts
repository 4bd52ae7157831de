import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Affiliation } from './accounts/affiliation.entity.js';
import type { Representative } from './accounts/account.types.js';
import { createInitiativeLoaders } from './initiatives/initiative-loaders.js';
import { createDiscussionLoaders } from './discussion/discussion-loaders.js';
import { representativesList } from './organisations/organisation-read.js';
import { readJsonLists } from './common/json-list.js';
import { createPartnershipLoaders } from './partnerships/partnership-loaders.js';

/**
 * Per-request batch loaders: a list of N organisations asks for their representatives in one
 * statement, not N.
 */
export function createLoaders(em: EntityManager) {
  return {
    representativesByOrganisation: new DataLoader<string, Representative[]>((organisationIds) =>
      readJsonLists(em.getKnex(), representativesList, organisationIds),
    ),
    affiliationsByUser: new DataLoader<string, Affiliation[]>(async (userIds) => {
      const affiliations = await em.find(
        Affiliation,
        { user: { $in: [...userIds] } },
        { populate: ['organisation'], orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      return userIds.map((id) => affiliations.filter((a) => a.user.id === id));
    }),
    ...createInitiativeLoaders(em),
    ...createDiscussionLoaders(em),
    ...createPartnershipLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
