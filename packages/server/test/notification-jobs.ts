import type { MikroORM } from '@mikro-orm/postgresql';
import { expect } from 'vitest';
import { enqueueJob } from '../src/jobs/enqueue.js';
import { hourlyJob } from '../src/notifications/digests.js';

/** Waits until every notification job queued so far has run, failing with a job's error. */
export async function notificationJobsSettled(orm: MikroORM): Promise<void> {
  await expect
    .poll(
      async () => {
        const [row] = await orm.em.fork().execute<{ waiting: number; error: string | null }[]>(
          `select count(*)::int as waiting, max(last_error) as error from graphile_worker.jobs
           where task_identifier like 'notifications.%'`,
        );
        if (row!.error) throw new Error(`a notification job failed: ${row!.error}`);
        return row!.waiting;
      },
      { timeout: 20_000, interval: 50 },
    )
    .toBe(0);
}

/** Runs the hourly job as if it were `at` (digests at 07:00 in Vilnius, reminders from then on). */
export async function runHourlyJobAt(orm: MikroORM, at: string): Promise<void> {
  // The notifications queued before it are made first: the job may otherwise run beside their
  // fan-out and find nothing to gather yet.
  await notificationJobsSettled(orm);
  await orm.em.fork().transactional((em) => enqueueJob(em, hourlyJob, { at }));
  await notificationJobsSettled(orm);
}
