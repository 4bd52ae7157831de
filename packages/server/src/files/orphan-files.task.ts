import type { Task } from 'graphile-worker';
import type { JobContext } from '../jobs/job-context.js';

export const orphanFilesJob = 'files.removeOrphans';

/** How long an upload waits to be attached before it is removed. */
export const orphanAfterHours = 24;

/** Files removed in one transaction. */
const batchSize = 100;

/**
 * Removes files nobody attached within a day (an application never sent, a form abandoned after
 * its upload), bytes and row. Each batch is locked, so an attachment racing it either wins and
 * keeps its file or finds it gone; the bytes go before the rows, so a store that fails midway
 * leaves rows the next run finds again rather than bytes no row names. Answers how many went.
 */
export async function removeOrphanFiles(context: Pick<JobContext, 'orm' | 'files'>): Promise<number> {
  let removed = 0;
  for (;;) {
    const batch = await context.orm.em.fork().transactional(async (em) => {
      const rows = await em.execute<{ id: string; storage: 'database' | 's3'; storage_key: string }[]>(
        `select id, storage, storage_key from stored_file
         where attached_to_kind is null and created_at < now() - make_interval(hours => ?)
         order by created_at limit ? for update skip locked`,
        [orphanAfterHours, batchSize],
      );
      for (const row of rows) await context.files.of(row.storage).delete(row.storage_key, em);
      if (rows.length)
        await em.execute('delete from stored_file where id = any(?::uuid[])', [
          `{${rows.map((row) => row.id).join(',')}}`,
        ]);
      return rows.length;
    });
    removed += batch;
    if (batch < batchSize) return removed;
  }
}

export function orphanFilesTask(context: JobContext): Task {
  return async () => {
    const removed = await removeOrphanFiles(context);
    if (removed) context.logger.info({ removed }, 'removed files nobody attached');
  };
}
