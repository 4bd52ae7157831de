import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Moves an initiative's denormalised counters and activity time in SQL. Support and comments
 * are not edits of the initiative, so they must not move its optimistic-lock version (an
 * author's open edit would otherwise turn stale whenever someone comments).
 */
export async function adjustCounters(
  em: EntityManager,
  initiativeId: string,
  change: { endorsements?: number; comments?: number },
): Promise<void> {
  const knex = em.getKnex();
  const update = knex('initiative')
    .where({ id: initiativeId })
    .update({
      endorsement_count: knex.raw('endorsement_count + ?', [change.endorsements ?? 0]),
      comment_count: knex.raw('comment_count + ?', [change.comments ?? 0]),
      last_activity_at: knex.fn.now(),
    });
  const transaction = em.getTransactionContext();
  await (transaction ? update.transacting(transaction) : update);
}
