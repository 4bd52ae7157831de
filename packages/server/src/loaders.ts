import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Affiliation } from './accounts/affiliation.entity.js';
import { AffiliationRole } from './accounts/account.enums.js';
import { CoProposer, Endorsement, Initiative, StatusChange } from './initiatives/initiative.entity.js';
import { Comment, CommentFlag } from './discussion/comment.entity.js';
import { Theme } from './strategy/theme.entity.js';
import { Organisation } from './organisations/organisation.entity.js';
import { PartnershipActivity, PartnershipContact } from './partnerships/partnership.entity.js';

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
    themesByInitiative: new DataLoader<string, Theme[]>(async (initiativeIds) => {
      const rows: { initiative_id: string; theme_id: string }[] = await em
        .getKnex()('initiative_theme')
        .select('initiative_id', 'theme_id')
        .whereIn('initiative_id', [...initiativeIds]);
      const themes = await em.find(Theme, {}, { orderBy: { position: 'asc' } });
      return initiativeIds.map((id) => {
        const own = new Set(rows.filter((r) => r.initiative_id === id).map((r) => r.theme_id));
        return themes.filter((t) => own.has(t.id));
      });
    }),
    coProposersByInitiative: new DataLoader<string, CoProposer[]>(async (initiativeIds) => {
      const coProposers = await em.find(
        CoProposer,
        { initiative: { $in: [...initiativeIds] } },
        { populate: ['organisation'], orderBy: { invitedAt: 'asc' } },
      );
      return initiativeIds.map((id) => coProposers.filter((c) => c.initiative.id === id));
    }),
    endorsementsByInitiative: new DataLoader<string, Endorsement[]>(async (initiativeIds) => {
      const endorsements = await em.find(
        Endorsement,
        { initiative: { $in: [...initiativeIds] } },
        { populate: ['organisation'], orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      return initiativeIds.map((id) => endorsements.filter((e) => e.initiative.id === id));
    }),
    statusHistoryByInitiative: new DataLoader<string, StatusChange[]>(async (initiativeIds) => {
      const changes = await em.find(
        StatusChange,
        { initiative: { $in: [...initiativeIds] } },
        { populate: ['changedBy'], orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      return initiativeIds.map((id) => changes.filter((c) => c.initiative.id === id));
    }),
    repliesByComment: new DataLoader<string, Comment[]>(async (parentIds) => {
      const replies = await em.find(
        Comment,
        { parent: { $in: [...parentIds] } },
        { populate: ['author', 'organisation'], orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      return parentIds.map((id) => replies.filter((r) => r.parent?.id === id));
    }),
    openFlagsByComment: new DataLoader<string, CommentFlag[]>(async (commentIds) => {
      const flags = await em.find(
        CommentFlag,
        { comment: { $in: [...commentIds] }, resolvedAt: null },
        { populate: ['user'], orderBy: { createdAt: 'asc' } },
      );
      return commentIds.map((id) => flags.filter((f) => f.comment.id === id));
    }),
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
    organisation: new DataLoader<string, Organisation | null>(async (ids) => {
      const organisations = await em.find(Organisation, { id: { $in: [...ids] } });
      return ids.map((id) => organisations.find((o) => o.id === id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
