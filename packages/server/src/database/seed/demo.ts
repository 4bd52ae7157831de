import type { Knex } from '@mikro-orm/postgresql';
import { recountInitiativesSql } from './counters.js';
import { DEMO_PASSWORD } from './demo/accounts.js';
import { createDemoClock } from './demo/clock.js';
import { INITIATIVES } from './demo/initiatives.js';
import { ids } from './demo/row-context.js';
import { deliverDemoNotifications, eventTables, eventsOf } from './demo/notifications.fan-out.js';
import { buildDemoRows } from './demo/rows.js';
import { validateDemoData } from './demo/validate.js';
import { hashPassword } from '../../accounts/passwords.js';
import { ensureReferenceData } from './reference.js';
import { snapshotOfSql } from '../../applications/application-snapshot.js';

export {
  DEMO_ACCOUNTS,
  DEMO_ADMIN_EMAIL,
  DEMO_MEMBER_REPRESENTATIVE_EMAIL,
  DEMO_PARTNER_REPRESENTATIVE_EMAIL,
  DEMO_PASSWORD,
  DEMO_STAFF_EMAIL,
  DEMO_USER_EMAIL,
} from './demo/accounts.js';
export { HOST_LAG_SLUG } from './demo/lag.js';

/** Rows per INSERT statement: well under PostgreSQL's 65 535 bind parameters. */
const CHUNK = 500;

/**
 * Writes the demo story of seed.txt (the LAG, its strategy, history and board, fictional
 * members, people, initiatives in every status with their discussion, partnerships, events
 * and calls for proposals) in one transaction. Ids are derived from the story's keys and every insert
 * skips rows that exist, so running it again changes nothing. Times are relative to
 * `options.now` (default: the current time) so the demo always looks recent.
 */
export async function seedDemo(knex: Knex, options: { now?: Date } = {}): Promise<void> {
  const clock = createDemoClock(options.now ?? new Date());
  validateDemoData(clock);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await knex.transaction(async (trx) => {
    const reference = await ensureReferenceData(trx);
    // The rows this run wrote of those that tell of events: what it notifies people of.
    const written = new Map<string, Record<string, unknown>[]>();
    for (const [table, rows] of buildDemoRows(clock, passwordHash, reference)) {
      for (let start = 0; start < rows.length; start += CHUNK) {
        const insert = trx(table)
          .insert(rows.slice(start, start + CHUNK))
          .onConflict()
          .ignore();
        if (eventTables.includes(table))
          written.set(table, [...(written.get(table) ?? []), ...(await insert.returning('*'))]);
        else await insert;
      }
    }
    // Versions are frozen as a submission freezes them, once: a second run finds them frozen.
    await trx.raw(`update application_version v set snapshot = ${snapshotOfSql('v.application_id')}
                    where v.snapshot = '{}'::jsonb`);
    const initiativeIds = INITIATIVES.map((initiative) => ids.initiative(initiative.slug));
    await trx.raw(recountInitiativesSql('select id from initiative where id = any(?::uuid[])'), [
      `{${initiativeIds.join(',')}}`,
    ]);
    await deliverDemoNotifications(trx, clock, eventsOf(written));
  });
}
