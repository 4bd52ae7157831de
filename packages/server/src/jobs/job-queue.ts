import {
  Logger as WorkerLogger,
  parseCronItems,
  run,
  runMigrations,
  type CronItem,
  type Runner,
  type TaskList,
} from 'graphile-worker';
import type { Logger } from 'pino';
import { throttledLog } from '../logging/throttled-log.js';

export type JobQueueOptions = {
  databaseUrl: string;
  logger: Logger;
  tasks: TaskList;
  /** Recurring jobs; graphile-worker runs each scheduled time once across every process. */
  schedule: CronItem[];
  /** Jobs run at the same time by this process. */
  concurrency: number;
};

/** The job queue's tables (schema `graphile_worker`), brought up to date like Telka's own. */
export async function migrateJobQueue(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: silentLogger });
}

/**
 * Runs the jobs of the queue in this process until `stop`. Jobs live in PostgreSQL: they survive
 * a restart, a failed one is retried with exponential backoff, and several processes share the
 * queue without taking the same job twice (graphile-worker locks each job it takes).
 */
export async function startJobQueue({
  databaseUrl,
  logger,
  tasks,
  schedule,
  concurrency,
}: JobQueueOptions): Promise<Runner> {
  const runner = await run({
    connectionString: databaseUrl,
    // Its listener connection plus one per job at work; requests keep their own pool.
    maxPoolSize: concurrency + 2,
    concurrency,
    noHandleSignals: true,
    pollInterval: 2_000,
    taskList: tasks,
    parsedCronItems: parseCronItems(schedule),
    logger: workerLogger(logger.child({ component: 'jobs' })),
  });
  // The runner ends on its own only when it cannot go on; the process keeps serving requests.
  runner.promise.catch((error: unknown) => logger.error({ err: error }, 'the job queue stopped'));
  return runner;
}

/**
 * graphile-worker's log lines into Telka's log. A database outage makes it report every failed
 * poll and reconnection: repeated lines are written once a minute with a count.
 */
function workerLogger(logger: Logger): WorkerLogger {
  const log = throttledLog(logger, 60_000);
  return new WorkerLogger(() => (level, message, meta) => {
    const error = meta?.error;
    if (level === 'error') log('error', message, { err: error }, message);
    else if (level === 'warning') log('warn', message, { err: error }, message);
    else if (level === 'info') logger.info(message);
    else logger.debug(message);
  });
}

const silentLogger = new WorkerLogger(() => () => undefined);
