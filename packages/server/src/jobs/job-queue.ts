import { setTimeout as sleep } from 'node:timers/promises';
import {
  Logger as WorkerLogger,
  parseCronItems,
  run,
  runMigrations,
  type CronItem,
  type Runner,
  type TaskList,
} from 'graphile-worker';
import pg from 'pg';
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
  // A pool of its own, ended before this answers (see `connectionPool`); a lost connection fails the migration.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const ignore = () => undefined;
  pool.on('error', ignore);
  pool.on('connect', (client) => client.on('error', ignore));
  try {
    await runMigrations({ pgPool: pool, logger: silentLogger });
  } finally {
    await pool.end();
  }
}

export type JobQueue = { stop(): Promise<void> };

/** Waits before starting a stopped runner again: doubling from the first, never longer than the last. */
const restartDelays = { firstMs: 1_000, maxMs: 30_000 };

/**
 * Runs the jobs of the queue in this process until `stop`. Jobs live in PostgreSQL: they survive
 * a restart, a failed one is retried with exponential backoff, and several processes share the
 * queue without taking the same job twice (graphile-worker locks each job it takes).
 *
 * The first start fails as the process's start does. After it, a runner that stops by itself is
 * started again, with a growing delay, for as long as the process runs: graphile-worker 0.17 shuts
 * its whole runner down when it cannot record a job's end, which is what a database outage does to
 * a job at work.
 */
export async function startJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const { logger } = options;
  const pool = connectionPool(options);
  let runner: Runner;
  try {
    runner = await startRunner(options, pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const stopping = new AbortController();
  const stopRequested = new Promise<void>((resolve) => stopping.signal.addEventListener('abort', () => resolve()));

  const supervision = (async () => {
    let delayMs = restartDelays.firstMs;
    for (;;) {
      const startedAt = Date.now();
      const ended = await Promise.race([
        // 0.17 resolves this however its runner ended (the cause is in its own log); a rejection
        // is taken the same way.
        runner.promise.then(
          () => ({ error: undefined }),
          (error: unknown) => ({ error }),
        ),
        stopRequested.then(() => undefined),
      ]);
      if (!ended) {
        // It may have begun stopping by itself an instant before: then its end is the one to wait for.
        await runner.stop().catch(() => runner.promise);
        await pool.end();
        return;
      }
      // A runner that ran a good while before stopping starts the count of delays over.
      if (Date.now() - startedAt > restartDelays.maxMs) delayMs = restartDelays.firstMs;
      logger.error({ err: ended.error }, `the job queue stopped; starting it again in ${delayMs / 1000} s`);
      for (;;) {
        try {
          await sleep(delayMs, undefined, { signal: stopping.signal });
        } catch {
          await pool.end(); // stopped while waiting
          return;
        }
        delayMs = Math.min(delayMs * 2, restartDelays.maxMs);
        try {
          runner = await startRunner(options, pool);
          break;
        } catch (error) {
          logger.warn({ err: error }, `the job queue could not start; trying again in ${delayMs / 1000} s`);
        }
      }
      if (stopping.signal.aborted) {
        await runner.stop();
        await pool.end();
        return;
      }
      logger.info('the job queue started again');
    }
  })();

  return {
    stop: async () => {
      stopping.abort();
      await supervision;
    },
  };
}

/**
 * The queue's connections, kept for its whole life and handed to each runner it starts. A pool
 * graphile-worker made itself would be released with its runner: its error listeners go first
 * and its end is not awaited, so a connection the database drops meanwhile (as in an outage, the
 * moment runners stop) would emit an error nobody listens to, which ends the process.
 */
function connectionPool({ databaseUrl, logger, concurrency }: JobQueueOptions): pg.Pool {
  // Its listener connection plus one per job at work; requests keep their own pool.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: concurrency + 2 });
  const log = throttledLog(logger.child({ component: 'jobs' }), 60_000);
  const lost = (error: Error) => log('warn', 'a job queue connection was lost', { err: error }, 'lost connection');
  // An idle connection's error comes to the pool; a connection in use raises it at its next query too.
  pool.on('error', lost);
  pool.on('connect', (client) => client.on('error', lost));
  return pool;
}

function startRunner({ logger, tasks, schedule, concurrency }: JobQueueOptions, pgPool: pg.Pool): Promise<Runner> {
  return run({
    pgPool,
    concurrency,
    noHandleSignals: true,
    pollInterval: 2_000,
    taskList: tasks,
    parsedCronItems: parseCronItems(schedule),
    logger: workerLogger(logger.child({ component: 'jobs' })),
    preset: {
      worker: {
        // Recording a job's end in batches (of whatever ends within the same tick) is the mode in
        // which graphile-worker 0.17 handles a failure to record it: it logs, stops the runner and
        // leaves the job locked, to run again when the lock expires. Unbatched, it leaves that
        // promise unawaited, and a database outage makes it an unhandled rejection.
        completeJobBatchDelay: 0,
        failJobBatchDelay: 0,
      },
    },
  });
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
