import { rm } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturingLogger } from '../../test/capturing-logger.js';
import { temporaryDataDir } from '../../test/processes.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres.js';
import { startJobQueue } from './job-queue.js';

/**
 * The job queue through a database outage: PostgreSQL stops while a job is at work, so the job's
 * end cannot be recorded and graphile-worker stops its runner. The queue starts it again once the
 * database is back, with nothing left unhandled (Vitest fails a file on an unhandled rejection).
 */
let dataDir: string;
let database: EmbeddedDatabase;
beforeAll(async () => {
  // Its own cluster: these tests stop and start it.
  dataDir = await temporaryDataDir('telka-job-queue-');
  database = await startEmbeddedPostgres({ dataDir, port: 24358 });
});
afterAll(async () => {
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** A queue whose `held` job waits for `release()`, and whose `noted` jobs write down their payload. */
async function startQueueWithHeldJob() {
  const log = capturingLogger();
  const noted: string[] = [];
  let heldStarted = false;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const queue = await startJobQueue({
    databaseUrl: database.url,
    logger: log.logger,
    tasks: {
      held: async () => {
        heldStarted = true;
        await released;
      },
      noted: async (payload) => void noted.push((payload as { note: string }).note),
    },
    schedule: [],
    concurrency: 2,
  });
  return { queue, log, noted, release, heldStarted: () => heldStarted };
}

async function addJob(task: string, payload: Record<string, unknown> = {}): Promise<void> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('select graphile_worker.add_job($1, $2::json)', [task, JSON.stringify(payload)]);
  } finally {
    await client.end();
  }
}

/** Stops PostgreSQL under a job at work, then lets the job end: the runner cannot record it and stops. */
async function outageUnderHeldJob(started: Awaited<ReturnType<typeof startQueueWithHeldJob>>): Promise<void> {
  await addJob('held');
  await expect.poll(started.heldStarted, { timeout: 10_000 }).toBe(true);
  await database.stop();
  started.release();
  await expect
    .poll(() => started.log.lines().some((line) => line.msg === 'the job queue stopped; starting it again in 1 s'), {
      timeout: 10_000,
    })
    .toBe(true);
}

describe('the job queue', () => {
  it('starts its runner again when the database is back, and runs jobs queued after the outage', async () => {
    const started = await startQueueWithHeldJob();
    try {
      await outageUnderHeldJob(started);
      await database.start();
      await addJob('noted', { note: 'after the outage' });
      await expect.poll(() => started.noted, { timeout: 15_000 }).toEqual(['after the outage']);
      expect(started.log.lines().map((line) => line.msg)).toContain('the job queue started again');
    } finally {
      await started.queue.stop();
    }
  }, 60_000);

  it('stops at once while it waits to start its runner again, and starts none afterwards', async () => {
    const started = await startQueueWithHeldJob();
    try {
      await outageUnderHeldJob(started);
      const stoppingAt = Date.now();
      await started.queue.stop();
      // Without waiting out the delay before a restart, or for a database that is still away.
      expect(Date.now() - stoppingAt).toBeLessThan(500);
    } finally {
      await database.start();
    }
    expect(started.log.lines().map((line) => line.msg)).not.toContain('the job queue started again');
  }, 60_000);

  it('has closed every connection of its own once stopped, so the database may stop right after', async () => {
    const started = await startQueueWithHeldJob();
    await addJob('noted', { note: 'before stopping' });
    await expect.poll(() => started.noted, { timeout: 15_000 }).toEqual(['before stopping']);
    await started.queue.stop();
    // As the server does: a connection still closing now would raise an error no one listens to,
    // which ends the process (Vitest fails the file on it).
    await database.stop();
    await database.start();
  }, 60_000);
});
