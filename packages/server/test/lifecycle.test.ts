import { rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { freePort, startServer, temporaryDataDir } from './processes.js';

const temporaryDirs: string[] = [];

async function temporaryDir(): Promise<string> {
  const dir = await temporaryDataDir('telka-lifecycle-');
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
    const database = await startEmbeddedPostgres({ dataDir: await temporaryDir(), port: 24339 });
    const app = await createApp({
      config: { ...loadConfig({}), port: 0, host: '127.0.0.1', databaseUrl: database.url, clientDir: undefined },
      logger: pino({ level: 'silent' }),
    });
    const url = await app.listen();
    try {
      expect(await ask(url)).toBe(200);
      await database.stop();

      expect(await ask(url)).toBe(503);
      // The HTTP status says it too, with when to try again; also when the request has a session,
      // whose lookup is the first thing that needs the database.
      for (const cookie of [undefined, 'telka_session=some-session-token']) {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
          body: aboutQuery,
        });
        expect(response.status).toBe(503);
        expect(response.headers.get('retry-after')).not.toBeNull();
        const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
        expect(body.errors[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
        expect(body.errors[0]?.message).not.toMatch(/context creation/i);
      }
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
  it('turns unready at once, refuses newcomers, finishes the request in flight, then stops the database and exits', async () => {
    const dataDir = await temporaryDir();
    const port = await freePort();
    const server = startServer(port, { TELKA_DATA_DIR: dataDir, TELKA_EMBEDDED_PG_PORT: '24338', DATABASE_URL: '' });
    let signalled!: () => void;
    const afterSignal = new Promise<void>((resolve) => (signalled = resolve));
    await server.untilOutput('Telka is running');
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
      void afterSignal.then(() => request.end(aboutQuery.slice(10)));
    });

    // A readiness probe whose headers are still arriving when the signal comes.
    const readinessProbe = net.connect(port, '127.0.0.1');
    await once(readinessProbe, 'connect');
    readinessProbe.write('GET /readyz HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    let probeAnswer = '';
    readinessProbe.on('data', (chunk: Buffer) => (probeAnswer += chunk.toString()));
    await new Promise((resolve) => setTimeout(resolve, 100));
    server.child.kill('SIGTERM');

    // Once the server has taken the signal (it says so), a newcomer is refused, not accepted and cut off.
    await server.untilOutput('SIGTERM');
    expect(await connectionRefused(port)).toBe(true);
    readinessProbe.end('\r\n');
    await once(readinessProbe, 'close');
    expect(probeAnswer).toMatch(/^HTTP\/1\.1 503/);
    expect(probeAnswer).toContain('"status":"stopping"');
    signalled();

    const answer = await response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { about: { boardSize: 13 } } });
    expect(await server.exited).toBe(0);
    // The embedded cluster was shut down cleanly: PostgreSQL removes its pid file on exit.
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 120_000);
});

/**
 * Whether a new connection to `port` is refused. A connection that is accepted must still get a
 * complete HTTP answer: being accepted and then cut off is what a stopping server must not do.
 */
async function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('connect', () => socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') resolve(true);
      else reject(new Error(`connection accepted, then ${error.code ?? error.message}`));
    });
    socket.on('close', (hadError) => {
      if (hadError) return;
      if (!/^HTTP\/1\.1 \d{3}/.test(answer)) reject(new Error('connection accepted, then closed without an answer'));
      else resolve(false);
    });
  });
}
