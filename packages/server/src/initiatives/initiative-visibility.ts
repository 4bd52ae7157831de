import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../accounts/viewer.js';
import { isAllowed } from '../authorization/policy.js';
import { InitiativeStatus } from './initiative.enums.js';

/**
 * Drafts are seen only by staff, by representatives of the lead organisation and by those of
 * invited or accepting co-proposers; everything after submission is public.
 */
export function visibleTo(knex: Knex, query: Knex.QueryBuilder, viewer: Viewer): void {
  if (draftsSeenBy(viewer) === 'all') return;
  const represented = representedBy(viewer);
  query.where((visible) => {
    visible.whereNot('i.status', InitiativeStatus.DRAFT);
    if (represented.length) {
      visible
        .orWhereIn('i.lead_organisation_id', represented)
        .orWhereIn(
          'i.id',
          knex('co_proposer')
            .select('initiative_id')
            .whereIn('organisation_id', represented)
            .whereNot('status', 'DECLINED'),
        );
    }
  });
}

/** Which drafts `viewer` sees: every one (staff), those of organisations they represent, or none. */
export function draftsSeenBy(viewer: Viewer): 'all' | 'own' | 'none' {
  // Without an organisation the rule answers for staff, who see every draft.
  if (isAllowed(viewer, 'initiative.readDraft')) return 'all';
  return representedBy(viewer).length ? 'own' : 'none';
}

function representedBy(viewer: Viewer): string[] {
  return viewer.affiliations.filter((a) => a.role === 'REPRESENTATIVE').map((a) => a.organisationId);
}
