import { once } from 'node:events';
import { readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { isPostmasterOf, readPostmasterLock, stopStalePostmaster } from '../src/database/postmaster.js';
import { createAppOnOwnCluster } from './test-app.js';
import { freePort, startProcess, startServer, temporaryDataDir as newDataDir, type TestProcess } from './processes.js';

// Each test runs its own cluster in its own folder on its own port, and kills only the
// processes it started or whose pid it read from its own folder's postmaster.pid.
const clusterDirs: string[] = [];
const servers: TestProcess[] = [];

async function temporaryDataDir(): Promise<string> {
  const dir = await newDataDir('telka-embedded-pg-');
  clusterDirs.push(path.join(dir, 'postgres'));
  return dir;
}

afterAll(async () => {
  for (const server of servers) await server.stop('SIGKILL');
  for (const clusterDir of clusterDirs) {
    await stopStalePostmaster(clusterDir, { shutdownDeadlineMs: 5_000 }).catch(() => undefined);
    await rm(path.dirname(clusterDir), { recursive: true, force: true });
  }
});

async function until<T>(what: string, deadlineMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function aboutOf(url: string): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ about { boardSize } }' }),
  });
  const body = (await response.json()) as { data?: unknown };
  return body.data ?? undefined;
}

/** `src/main.ts` in a process of its own, on the embedded database of `dataDir`. */
async function spawnServer(dataDir: string, postgresPort: number) {
  const server = startServer(await freePort(), {
    TELKA_DATA_DIR: dataDir,
    TELKA_EMBEDDED_PG_PORT: String(postgresPort),
    DATABASE_URL: '',
  });
  servers.push(server);
  return server;
}

describe('the embedded PostgreSQL is supervised', () => {
  it('restarts a postmaster that was killed, and the server answers again', async () => {
    const dataDir = await temporaryDataDir();
    const app = await createAppOnOwnCluster(dataDir, 24351);
    try {
      const url = await app.listen();
      expect(await aboutOf(url)).toEqual({ about: { boardSize: 13 } });
      const killed = (await readPostmasterLock(path.join(dataDir, 'postgres')))!.pid;

      process.kill(killed, 'SIGKILL');

      await until('/readyz to answer 200', 30_000, async () => {
        const response = await fetch(`${url}/readyz`);
        return response.status === 200 || undefined;
      });
      expect(await until('a GraphQL answer', 30_000, () => aboutOf(url))).toEqual({ about: { boardSize: 13 } });
      expect((await readPostmasterLock(path.join(dataDir, 'postgres')))!.pid).not.toBe(killed);
    } finally {
      await app.stop();
    }
  }, 120_000);

  it('keeps trying, with pauses, while the restarted postmaster cannot start', async () => {
    const dataDir = await temporaryDataDir();
    const database = await startEmbeddedPostgres({ dataDir, port: 24356 });
    const blocker = net.createServer();
    try {
      const killed = (await readPostmasterLock(path.join(dataDir, 'postgres')))!.pid;
      process.kill(killed, 'SIGKILL');
      // The port is taken as soon as the dead postmaster lets go of it: the first attempts fail.
      await until('the port to be ours', 5_000, async () => {
        blocker.listen(24356, '127.0.0.1');
        const [event] = await Promise.race([once(blocker, 'listening'), once(blocker, 'error')]);
        return event === undefined || undefined;
      });
      await sleep(2_000);
      await new Promise((resolve) => blocker.close(resolve));

      await until('the database to answer', 30_000, async () => {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        try {
          return (await client.query<{ one: number }>('select 1 as one')).rows[0]?.one;
        } finally {
          await client.end();
        }
      });
    } finally {
      if (blocker.listening) blocker.close();
      await database.stop();
    }
  }, 120_000);
});

describe('a postmaster left running by a server killed hard', () => {
  it('is stopped at the next start, which then serves', async () => {
    const dataDir = await temporaryDataDir();
    const clusterDir = path.join(dataDir, 'postgres');
    const first = await spawnServer(dataDir, 24352);
    await first.untilOutput('Telka is running');
    const orphan = (await readPostmasterLock(clusterDir))!.pid;

    first.child.kill('SIGKILL');
    await first.exited;
    // The premise: the postmaster outlived its server and still holds the folder.
    expect(await isPostmasterOf(orphan, clusterDir)).toBe(true);

    const second = await spawnServer(dataDir, 24352);
    await second.untilOutput('Telka is running');
    expect(await until('a GraphQL answer', 10_000, () => aboutOf(second.url))).toEqual({
      about: { boardSize: 13 },
    });
    expect(await isPostmasterOf(orphan, clusterDir)).toBe(false);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 240_000);
});

describe('a start that fails says why', () => {
  it('prints the cause and exits 1 when the database port is taken', async () => {
    const blocker = net.createServer().listen(24353, '127.0.0.1');
    await once(blocker, 'listening');
    try {
      const server = await spawnServer(await temporaryDataDir(), 24353);
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain('Address already in use');
      expect(server.output()).not.toMatch(/\bundefined\b/);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  }, 120_000);

  it('leaves alone a postgres of another folder named by the pid file, and says the folder is locked', async () => {
    const other = await startEmbeddedPostgres({ dataDir: await temporaryDataDir(), port: 24354 });
    try {
      const otherDir = clusterDirs.at(-1)!;
      const otherPid = (await readPostmasterLock(otherDir))!.pid;

      const dataDir = await temporaryDataDir();
      const clusterDir = path.join(dataDir, 'postgres');
      const ours = await startEmbeddedPostgres({ dataDir, port: 24355 });
      await ours.stop();
      // Our folder's pid file names the other folder's live postmaster, as after a pid reuse.
      const otherLock = (await readFile(path.join(otherDir, 'postmaster.pid'), 'utf8')).split('\n');
      await writeFile(
        path.join(clusterDir, 'postmaster.pid'),
        [otherPid, clusterDir, ...otherLock.slice(2)].join('\n'),
      );

      const failure = await startEmbeddedPostgres({ dataDir, port: 24355 }).then(
        () => new Error('started'),
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(Error);
      expect((failure as Error).message).toMatch(/postmaster\.pid/);
      expect((failure as Error).message).toContain(String(otherPid));
      expect(await isPostmasterOf(otherPid, otherDir)).toBe(true);
    } finally {
      await other.stop();
    }
  }, 120_000);
});

describe('the package loaded', () => {
  // Its exit hooks ended every process that loaded it with code 0: a failing test run passed.
  it('leaves the exit code to the process that loaded it', async () => {
    const loading = startProcess(process.execPath, [
      '--import',
      '@swc-node/register/esm-register',
      '--input-type=module',
      '--eval',
      "const { loadEmbeddedPostgres } = await import('./src/database/embedded-postgres.ts');" +
        ' await loadEmbeddedPostgres(); process.exitCode = 3;',
    ]);
    expect(await loading.exited, loading.output()).toBe(3);
  });
});
