import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Affiliation } from './accounts/affiliation.entity.js';
import type { Representative } from './accounts/account.types.js';
import { createInitiativeLoaders } from './initiatives/initiative-loaders.js';
import { Initiative } from './initiatives/initiative.entity.js';
import { createDiscussionLoaders } from './discussion/discussion-loaders.js';
import { readRepresentatives } from './organisations/organisation-read.js';
import { PartnershipActivity, PartnershipContact } from './partnerships/partnership.entity.js';

/**
 * Per-request batch loaders: a list of N organisations asks for their representatives in one
 * statement, not N.
 */
export function createLoaders(em: EntityManager) {
  return {
    representativesByOrganisation: new DataLoader<string, Representative[]>((organisationIds) =>
      readRepresentatives(em.getKnex(), organisationIds),
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
    initiativesByPartnership: new DataLoader<string, Initiative[]>(async (partnershipIds) => {
      const rows: { partnership_id: string; initiative_id: string }[] = await em
        .getKnex()('partnership_initiative')
        .select('partnership_id', 'initiative_id')
        .whereIn('partnership_id', [...partnershipIds]);
      const initiatives = rows.length
        ? await em.find(Initiative, { id: { $in: rows.map((r) => r.initiative_id) } }, { orderBy: { title: 'asc' } })
        : [];
      return partnershipIds.map((id) => {
        const linked = new Set(rows.filter((r) => r.partnership_id === id).map((r) => r.initiative_id));
        return initiatives.filter((i) => linked.has(i.id));
      });
    }),
    activitiesByPartnership: new DataLoader<string, PartnershipActivity[]>(async (partnershipIds) => {
      const activities = await em.find(
        PartnershipActivity,
        { partnership: { $in: [...partnershipIds] } },
        { orderBy: { occurredOn: 'desc', createdAt: 'desc' }, populate: ['createdBy'] },
      );
      return partnershipIds.map((id) => activities.filter((a) => a.partnership.id === id));
    }),
    contactsByPartnership: new DataLoader<string, PartnershipContact[]>(async (partnershipIds) => {
      const contacts = await em.find(
        PartnershipContact,
        { partnership: { $in: [...partnershipIds] } },
        { orderBy: { name: 'asc' }, populate: ['organisation'] },
      );
      return partnershipIds.map((id) => contacts.filter((c) => c.partnership.id === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
