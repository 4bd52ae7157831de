import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Affiliation } from './accounts/affiliation.entity.js';
import { AffiliationRole } from './accounts/account.enums.js';
import { Organisation } from './organisations/organisation.entity.js';

/**
 * Per-request batch loaders: a list of N organisations asks for their representatives in one
 * statement, not N.
 */
export function createLoaders(em: EntityManager) {
  return {
    representativesByOrganisation: new DataLoader<string, Affiliation[]>(async (organisationIds) => {
      const affiliations = await em.find(
        Affiliation,
        { organisation: { $in: [...organisationIds] }, role: AffiliationRole.REPRESENTATIVE },
        { populate: ['user'], orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      return organisationIds.map((id) => affiliations.filter((a) => a.organisation.id === id));
    }),
    affiliationsByUser: new DataLoader<string, Affiliation[]>(async (userIds) => {
      const affiliations = await em.find(
        Affiliation,
        { user: { $in: [...userIds] } },
        { populate: ['organisation'], orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      return userIds.map((id) => affiliations.filter((a) => a.user.id === id));
    }),
    organisation: new DataLoader<string, Organisation | null>(async (ids) => {
      const organisations = await em.find(Organisation, { id: { $in: [...ids] } });
      return ids.map((id) => organisations.find((o) => o.id === id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
