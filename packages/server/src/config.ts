import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';
import { defaultLiveLimits, type LiveLimits } from './live/limits.js';

/** The repository root: the embedded database and the built client are found from here. */
export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  TELKA_DATA_DIR: z.string().default(path.join(repositoryRoot, '.data')),
  TELKA_EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  TELKA_CLIENT_DIR: z.string().default(path.join(repositoryRoot, 'packages/client/dist')),
  TELKA_SEED_DEMO: booleanFlag.default('false'),
  TELKA_SECURE_COOKIES: booleanFlag.default('false'),
  TELKA_TRUST_PROXY: booleanFlag.default('false'),
  REDIS_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TELKA_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  TELKA_MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).max(1000).default(8),
  TELKA_REQUEST_QUEUE_LIMIT: z.coerce.number().int().min(0).max(100_000).default(200),
  TELKA_REQUEST_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(0).default(5_000),
  TELKA_REQUEST_DEADLINE_MS: z.coerce.number().int().min(100).default(20_000),
  TELKA_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  TELKA_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  TELKA_WS_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(defaultLiveLimits.maxMessageBytes),
  TELKA_WS_MAX_SUBSCRIPTIONS: z.coerce.number().int().min(1).default(defaultLiveLimits.maxSubscriptionsPerConnection),
  TELKA_WS_MAX_CONNECTIONS_PER_ADDRESS: z.coerce
    .number()
    .int()
    .min(1)
    .default(defaultLiveLimits.maxConnectionsPerAddress),
  TELKA_PUBLIC_URL: z.string().url().optional(),
  TELKA_LAG_NAME: z.string().min(1).default('Elektrėnų savivaldybės vietos veiklos grupė'),
  SMTP_URL: z.string().url().optional(),
  TELKA_MAIL_FROM: z.string().min(3).default('Elektrėnų VVG <telka@localhost>'),
  TELKA_RUN_JOBS: booleanFlag.default('true'),
  TELKA_JOB_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(2),
  TELKA_WS_SESSION_SWEEP_MS: z.coerce.number().int().min(100).default(defaultLiveLimits.sessionSweepIntervalMs),
  TELKA_FILE_STORAGE: z.enum(['database', 's3']).default('database'),
  TELKA_UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(20 * 1024 * 1024),
  TELKA_UPLOADS_AT_ONCE: z.coerce.number().int().min(1).max(1000).default(16),
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z.string().min(3).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
});

/** The variables that only make sense together: S3 needs its bucket, and keys come in pairs. */
const checkedEnvironmentSchema = environmentSchema.superRefine((e, context) => {
  if (e.TELKA_FILE_STORAGE === 's3' && !e.S3_BUCKET)
    context.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'required when TELKA_FILE_STORAGE=s3' });
  if (!e.S3_ACCESS_KEY_ID !== !e.S3_SECRET_ACCESS_KEY)
    context.addIssue({
      code: 'custom',
      path: [e.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'],
      message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are given together',
    });
});

export type Config = {
  port: number;
  host: string;
  /** Unset: the server runs an embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  /** The built Vue client, served from the same port when present. */
  clientDir: string | undefined;
  seedDemo: boolean;
  secureCookies: boolean;
  trustProxy: boolean;
  redisUrl: string | undefined;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  /** How much work the process takes at once, and how long the rest may wait (see README). */
  load: LoadLimits;
  /** How long requests in flight may still finish after SIGTERM before their connections are cut. */
  shutdownGraceMs: number;
  /** Bounds of live updates over WebSocket. */
  live: Omit<LiveLimits, 'maxTokens'>;
  /** Where people reach Telka: the links in mail start here. */
  publicUrl: string;
  /** The LAG's name, at the top of every mail. */
  lagName: string;
  /** Unset: mail is written as `.eml` files under `<dataDir>/mail` (see README). */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Whether this process runs background jobs too (`--worker` runs only them). */
  runJobs: boolean;
  /** Jobs one process runs at the same time. */
  jobConcurrency: number;
  /** Where uploaded files are kept, and how large they may be (files/). */
  files: FileSettings;
};

export type FileSettings = {
  /** Where new uploads go; files already stored stay readable where they are. */
  storage: 'database' | 's3';
  /** The S3-compatible store, when one is configured. */
  s3: S3Settings | undefined;
  /** The largest file one upload may carry. */
  uploadMaxBytes: number;
  /** Uploads one process receives at the same time (each is held in memory until stored). */
  uploadsAtOnce: number;
};

export type S3Settings = {
  /** Unset: Amazon S3 itself; set: any S3-compatible store (addressed path-style). */
  endpoint: string | undefined;
  bucket: string;
  region: string;
  /** Unset: the SDK's own chain (environment, instance role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
};

export type LoadLimits = {
  /** Connections to PostgreSQL. */
  poolSize: number;
  /** Requests served at the same time; the rest wait in a queue. */
  maxConcurrentRequests: number;
  /** Requests that may wait; beyond it a request is refused at once with 503. */
  queueLimit: number;
  /** How long a request may wait for its turn before it is refused with 503. */
  queueTimeoutMs: number;
  /** After this, a request starts no more writes and is answered 503. */
  requestDeadlineMs: number;
  /** PostgreSQL cancels any single statement running longer. */
  statementTimeoutMs: number;
};

/** Reads the environment once, failing with the name of every variable that is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = checkedEnvironmentSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.TELKA_DATA_DIR,
    embeddedPostgresPort: e.TELKA_EMBEDDED_PG_PORT,
    clientDir: e.TELKA_CLIENT_DIR,
    seedDemo: e.TELKA_SEED_DEMO,
    secureCookies: e.TELKA_SECURE_COOKIES,
    trustProxy: e.TELKA_TRUST_PROXY,
    redisUrl: e.REDIS_URL,
    logLevel: e.LOG_LEVEL,
    load: {
      poolSize: e.TELKA_DB_POOL_SIZE,
      maxConcurrentRequests: e.TELKA_MAX_CONCURRENT_REQUESTS,
      queueLimit: e.TELKA_REQUEST_QUEUE_LIMIT,
      queueTimeoutMs: e.TELKA_REQUEST_QUEUE_TIMEOUT_MS,
      requestDeadlineMs: e.TELKA_REQUEST_DEADLINE_MS,
      statementTimeoutMs: e.TELKA_STATEMENT_TIMEOUT_MS,
    },
    shutdownGraceMs: e.TELKA_SHUTDOWN_GRACE_MS,
    live: {
      maxMessageBytes: e.TELKA_WS_MAX_MESSAGE_BYTES,
      maxSubscriptionsPerConnection: e.TELKA_WS_MAX_SUBSCRIPTIONS,
      maxConnectionsPerAddress: e.TELKA_WS_MAX_CONNECTIONS_PER_ADDRESS,
      sessionSweepIntervalMs: e.TELKA_WS_SESSION_SWEEP_MS,
    },
    publicUrl: e.TELKA_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    lagName: e.TELKA_LAG_NAME,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.TELKA_MAIL_FROM,
    runJobs: e.TELKA_RUN_JOBS,
    jobConcurrency: e.TELKA_JOB_CONCURRENCY,
    files: {
      storage: e.TELKA_FILE_STORAGE,
      s3: e.S3_BUCKET
        ? {
            endpoint: e.S3_ENDPOINT,
            bucket: e.S3_BUCKET,
            region: e.S3_REGION,
            credentials:
              e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
                ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
                : undefined,
          }
        : undefined,
      uploadMaxBytes: e.TELKA_UPLOAD_MAX_BYTES,
      uploadsAtOnce: e.TELKA_UPLOADS_AT_ONCE,
    },
  };
}
