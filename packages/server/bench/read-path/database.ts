import { rmSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { initORM } from '../../src/database/orm.js';
import { generateSynthetic, type SyntheticCounts } from '../../src/database/seed/synthetic.js';
import { onCleanup } from './cleanup.js';

/** The 1× data set of issue 8; a scale of N multiplies every count. */
export const baseCounts = {
  organisations: 500,
  users: 1_000,
  initiatives: 2_000,
  comments: 20_000,
} as const satisfies SyntheticCounts;

/** Ports kept for this bench, away from the server's (54329) and the tests' embedded clusters. */
const benchPorts = [54370, 54371, 54372, 54373, 54374, 54375, 54376, 54377, 54378, 54379];

/**
 * The bench's database: BENCH_DATABASE_URL when given (it is filled, never emptied), otherwise a
 * fresh embedded cluster in a temporary folder, deleted at the end. The machine's own PostgreSQL
 * is never touched unless BENCH_DATABASE_URL names it.
 */
export async function benchDatabase(): Promise<{ url: string; embedded: boolean }> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, embedded: false };
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'telka-read-path-'));
  // The cluster may run as the `postgres` user (when we are root), which must reach the folder.
  await chmod(dataDir, 0o755);
  onCleanup('the temporary data folder', () => rm(dataDir, { recursive: true, force: true }));
  // embedded-postgres stops its cluster on Ctrl-C by itself and may exit before our cleanup ends.
  process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  const port = await firstFreePort(benchPorts);
  const database = await startEmbeddedPostgres({ dataDir, port, persistent: false });
  onCleanup('the embedded PostgreSQL', () => database.stop());
  return { url: database.url, embedded: true };
}

/**
 * Grows the synthetic data from `fromScale` to `toScale` (the generator adds on top of what is
 * there), then refreshes the planner's statistics so both servers meet the same plans.
 */
export async function growDataSet(
  databaseUrl: string,
  fromScale: number,
  toScale: number,
  log: (message: string) => void,
): Promise<{ seconds: number }> {
  // No statement timeout: one COPY of a hundred times the data runs for minutes.
  const orm = await initORM(databaseUrl, undefined, { poolSize: 2, statementTimeoutMs: 0 });
  try {
    const started = performance.now();
    const factor = toScale - fromScale;
    const counts: SyntheticCounts = {
      organisations: baseCounts.organisations * factor,
      users: baseCounts.users * factor,
      initiatives: baseCounts.initiatives * factor,
      comments: baseCounts.comments * factor,
    };
    await generateSynthetic(orm.em.getKnex(), counts, log);
    await orm.em.getConnection().execute('vacuum analyze');
    return { seconds: (performance.now() - started) / 1000 };
  } finally {
    await orm.close(true);
  }
}

async function firstFreePort(candidates: number[]): Promise<number> {
  for (const port of candidates) if (await isFree(port)) return port;
  throw new Error(`no free port among ${candidates.join(', ')} for the bench's PostgreSQL`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
