import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { pino } from 'pino';
import { inject } from 'vitest';
import { createApp, type AppOptions, type TelkaApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { databaseUrlFor } from './database-url.js';
import { afterFile } from './after-file.js';
import { GraphQLClient } from './graphql-client.js';

export type TestApp = TelkaApp & {
  url: string;
  /** A client without a session: a visitor. */
  visitor(): GraphQLClient;
  /** A fresh client; sign it in with `client.signIn`. */
  client(): GraphQLClient;
};

/**
 * The production bootstrap on a database of this test file's own (a copy of the migrated
 * template), listening on a free port. Stopped and dropped after the file. It runs no background
 * jobs unless asked (`runJobs: true`, for tests of mail and notifications): a job due while a test
 * counts a page's statements would be counted with them.
 */
export async function createTestApp(
  overrides: Partial<Config> = {},
  options: Partial<AppOptions> = {},
): Promise<TestApp> {
  const adminUrl = inject('adminUrl');
  const database = `${inject('testDatabasePrefix')}${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (admin) =>
    admin.query(`create database ${database} template ${inject('templateDatabase')}`),
  );

  const config: Config = {
    ...loadConfig({}),
    port: 0,
    host: '127.0.0.1',
    databaseUrl: databaseUrlFor(adminUrl, database),
    clientDir: undefined,
    logLevel: 'silent',
    runJobs: false,
    ...overrides,
  };
  const app = await createApp({ config, logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), ...options });
  const url = await app.listen();

  afterFile(async () => {
    await app.stop();
    await withAdmin(adminUrl, (admin) => admin.query(`drop database if exists ${database} with (force)`));
  });

  return {
    ...app,
    url,
    visitor: () => new GraphQLClient(url),
    client: () => new GraphQLClient(url),
  };
}

async function withAdmin<T>(adminUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/**
 * The production bootstrap on an embedded cluster of its own in `dataDir`, for tests that kill or
 * restart the database under it. The caller stops it.
 */
export function createAppOnOwnCluster(
  dataDir: string,
  embeddedPostgresPort: number,
  overrides: Partial<Config> = {},
): Promise<TelkaApp> {
  return createApp({
    config: {
      ...loadConfig({}),
      port: 0,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir,
      embeddedPostgresPort,
      clientDir: undefined,
      ...overrides,
    },
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
  });
}
