import type { Knex } from '@mikro-orm/postgresql';
import { applicationLedStatuses } from './initiative-lifecycle.js';
import type { InitiativeStatus } from './initiative.enums.js';

/** Application statuses out of the running: the initiative is free of them. */
const closedApplicationStatuses = ['INELIGIBLE', 'WITHDRAWN'] as const;

/**
 * Which of `initiatives` move only with their application to a call: a draft or a submitted
 * initiative with a live application (neither declared ineligible nor withdrawn). A draft is
 * submitted with its application, not on its own, and staff's plain moves must not bypass the
 * compliance check, so for these only the application's mutations decide.
 */
export async function ledByApplication(
  knex: Knex,
  initiatives: readonly { id: string; status: InitiativeStatus }[],
): Promise<Set<string>> {
  const candidates = initiatives.filter((i) => applicationLedStatuses.includes(i.status)).map((i) => i.id);
  if (!candidates.length) return new Set();
  const rows: { initiative_id: string }[] = await knex('application')
    .distinct('initiative_id')
    .whereIn('initiative_id', candidates)
    .whereNotIn('status', closedApplicationStatuses);
  return new Set(rows.map((row) => row.initiative_id));
}
