import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';

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
};

/** Reads the environment once, failing with the name of every variable that is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(
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
  };
}
