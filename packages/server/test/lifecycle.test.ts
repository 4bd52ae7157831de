import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const temporaryDirs: string[] = [];

async function temporaryDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'telka-lifecycle-'));
  await chmod(dir, 0o755);
  temporaryDirs.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const aboutQuery = JSON.stringify({ query: '{ about { boardSize } }' });
async function ask(url: string): Promise<number> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: aboutQuery,
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
    return body.data ? 200 : body.errors?.[0]?.extensions.code === 'SERVICE_UNAVAILABLE' ? 503 : 500;
  } catch {
    return 0;
  }
}

describe('the server outlives its database', () => {
  it('keeps running while PostgreSQL is down and answers within a second of it being back', async () => {
    // Its own cluster: this test stops and starts it.
    const database = await startEmbeddedPostgres({ dataDir: await temporaryDir(), port: 54339 });
    const app = await createApp({
      config: { ...loadConfig({}), port: 0, host: '127.0.0.1', databaseUrl: database.url, clientDir: undefined },
      logger: pino({ level: 'silent' }),
    });
    const url = await app.listen();
    try {
      expect(await ask(url)).toBe(200);
      await database.stop();

      expect(await ask(url)).toBe(503);
      expect((await fetch(`${url}/readyz`)).status).toBe(503);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);

      await database.start();
      const back = Date.now();
      let answered = 0;
      while (Date.now() - back < 5000) {
        if ((await ask(url)) === 200) {
          answered = Date.now() - back;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(answered).toBeGreaterThan(0);
      expect(answered).toBeLessThan(1000);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
    } finally {
      await app.stop();
      await database.stop();
    }
  }, 60_000);
});

describe('stopping on SIGTERM', () => {
  it('finishes the request in flight, then stops the embedded database and exits', async () => {
    const dataDir = await temporaryDir();
    const port = 40000 + Math.floor(Math.random() * 2000);
    const server = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
      cwd: serverRoot,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        TELKA_DATA_DIR: dataDir,
        TELKA_EMBEDDED_PG_PORT: '54338',
        DATABASE_URL: '',
        LOG_LEVEL: 'info',
        TELKA_CLIENT_DIR: '/nonexistent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));

    const started = Date.now();
    while (!output.includes('Telka is running')) {
      if (Date.now() - started > 60_000 || server.exitCode !== null)
        throw new Error(`server did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);

    // A request whose body is still arriving when the signal comes is in flight.
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(aboutQuery) },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      request.on('error', reject);
      request.write(aboutQuery.slice(0, 10));
      setTimeout(() => {
        server.kill('SIGTERM');
        setTimeout(() => request.end(aboutQuery.slice(10)), 300);
      }, 100);
    });

    const answer = await response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { about: { boardSize: 13 } } });
    expect(await exited).toBe(0);
    // The embedded cluster was shut down cleanly: PostgreSQL removes its pid file on exit.
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 120_000);
});
