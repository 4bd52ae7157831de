import type { EntityManager } from '@mikro-orm/postgresql';
import { compliancePendingStatuses } from './initiative-lifecycle.js';
import type { InitiativeStatus } from './initiative.enums.js';

/**
 * Which of `initiatives` are in the hands of a call's compliance check: submitted (or returned for
 * completion) with a live application, one neither declared ineligible nor withdrawn. Staff's
 * plain moves must not bypass that check, so for these only the compliance mutations decide.
 */
export async function inCompliance(
  em: EntityManager,
  initiatives: readonly { id: string; status: InitiativeStatus }[],
): Promise<Set<string>> {
  const pending = initiatives.filter((i) => compliancePendingStatuses.includes(i.status)).map((i) => i.id);
  if (!pending.length) return new Set();
  const rows: { initiative_id: string }[] = await em
    .getKnex()('application')
    .distinct('initiative_id')
    .whereIn('initiative_id', pending)
    .whereNotIn('status', ['INELIGIBLE', 'WITHDRAWN']);
  return new Set(rows.map((row) => row.initiative_id));
}
