import type { EntityManager } from '@mikro-orm/postgresql';

export type EnqueueOptions = {
  /** A job with the same key not yet started is replaced rather than added twice. */
  jobKey?: string;
  runAt?: Date;
  maxAttempts?: number;
};

/**
 * Adds a job in the caller's transaction (graphile-worker's `add_job` in SQL), so the job exists
 * exactly when the change that caused it commits: a rolled-back write leaves no job behind, and a
 * committed one is never without its job, whatever happens to the process afterwards.
 */
export async function enqueueJob(
  em: EntityManager,
  task: string,
  payload: Record<string, unknown>,
  { jobKey, runAt, maxAttempts }: EnqueueOptions = {},
): Promise<void> {
  await em.execute('select graphile_worker.add_job(?, ?::json, job_key => ?, run_at => ?, max_attempts => ?)', [
    task,
    JSON.stringify(payload),
    jobKey ?? null,
    runAt?.toISOString() ?? null,
    maxAttempts ?? null,
  ]);
}
