import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded-postgres.js';
import { initORM } from '../src/database/orm.js';
import { databaseUrlFor } from './database-url.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser connection to the test server's maintenance database. */
    adminUrl: string;
    /** A migrated database each test file copies its own from. */
    templateDatabase: string;
    /** How this run's test databases are named: the prefix, then a random part. */
    testDatabasePrefix: string;
  }
}

/**
 * One PostgreSQL for the whole run: the server named by TEST_DATABASE_URL (e.g. the machine's
 * 127.0.0.1:5432), or else a fresh embedded cluster in a temporary folder. The migrations run
 * once into a template database; every test file then clones it (CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'telka-test-pg-'));
    // mkdtemp makes it private; run as root, PostgreSQL runs as another user and must enter it.
    await chmod(dataDir, 0o755);
    // The tests' clusters listen on fixed ports below Linux's ephemeral range (32768–60999): a port
    // in it may be held at any moment by one of the many connections the tests open as a client.
    embedded = await startEmbeddedPostgres({
      dataDir,
      port: Number(process.env.TELKA_TEST_PG_PORT ?? 24331),
      persistent: false,
      database: 'postgres',
    });
    adminUrl = embedded.adminUrl;
  }

  const templateDatabase = `telka_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${templateDatabase}`);
  await admin.query(`create database ${templateDatabase}`);
  const orm = await initORM(databaseUrlFor(adminUrl, templateDatabase));
  await orm.close(true);

  const testDatabasePrefix = `telka_test_${process.pid}_`;
  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);
  project.provide('testDatabasePrefix', testDatabasePrefix);

  return async () => {
    // Each file drops its own (test/after-file.ts); one left over is a cleanup that did not run,
    // and on the machine's PostgreSQL it would stay there for good.
    const { rows: leftOver } = await admin.query<{ datname: string }>(
      `select datname from pg_database where starts_with(datname, $1)`,
      [testDatabasePrefix],
    );
    for (const { datname } of leftOver) await admin.query(`drop database if exists ${datname} with (force)`);
    await admin.query(`drop database if exists ${templateDatabase} with (force)`);
    await admin.end();
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    if (leftOver.length) {
      // Vitest reports an error thrown here but still exits 0: the run must fail.
      process.exitCode = 1;
      throw new Error(
        `${leftOver.length} test databases were left behind (now dropped): ${leftOver.map((row) => row.datname).join(', ')}`,
      );
    }
  };
}
