import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../test/processes.js';
import { onCleanup } from './cleanup.js';
import { compileHandWrittenServer } from './compile-hand-written.js';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type RunningServer = {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
};

/**
 * Telka as `npm start` runs it, the built server pointed at the bench's database, but with its
 * background jobs left to another process, as `--worker` runs them: the comparator has none, and
 * the hourly digests, caught up when a server starts, would otherwise run amid the measures.
 */
export function startTelka(databaseUrl: string): Promise<RunningServer> {
  const main = path.join(serverRoot, 'dist/main.js');
  if (!existsSync(main)) {
    throw new Error('packages/server/dist/main.js is missing: run `node scripts/build-if-stale.mjs packages/server`');
  }
  return startServer('Telka', ['--enable-source-maps', main], {
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    TELKA_RUN_JOBS: 'false',
    // No built client to serve: the bench asks only the API.
    TELKA_CLIENT_DIR: '/nonexistent',
  });
}

/** The comparator (bench/hand-written-server.ts), compiled to JavaScript. */
export async function startHandWritten(databaseUrl: string): Promise<RunningServer> {
  const entry = await compileHandWrittenServer(serverRoot);
  return startServer('hand-written', [entry], { DATABASE_URL: databaseUrl });
}

async function startServer(name: string, args: string[], env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: serverRoot,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', REDIS_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kept for the error message should it fail to start; a warning later goes to our stderr.
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Should the bench die without cleaning up, the child goes with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const forget = onCleanup(`the ${name} server`, stop);
  const url = `http://127.0.0.1:${port}`;
  try {
    await untilReady(url, child, () => output);
  } catch (error) {
    forget();
    await stop();
    throw error;
  }
  child.stdout!.off('data', collect);
  child.stderr!.off('data', collect);
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk.toString()}`));
  child.stdout!.resume();
  return {
    name,
    url,
    pid: child.pid!,
    stop: async () => {
      forget();
      await stop();
    },
  };
}

/** Polls GET /readyz until it answers 200, the process exits, or three minutes pass. */
async function untilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited before it was ready:\n${output()}`);
    }
    const ready = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server at ${url} was not ready within 3 minutes:\n${output()}`);
}
