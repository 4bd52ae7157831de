// The built server (packages/server/dist) serving this client's build (dist/) on a fresh embedded
// database of its own, on free ports: what the measuring scripts (size, first-screen) run against.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const serverMain = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));

/** The server could not be started or did not become ready (it is stopped again). */
export class BuiltServerError extends Error {}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server and waits until `/healthz` answers. `name` names its data folder
 * (`.data/<name>` at the repository root, removed before and after); `seed` loads the demo data.
 * Resolves to the base URL and a `stop()` that drains the server and stops its database.
 */
export async function startBuiltServer({ name, seed = false }) {
  if (!existsSync(serverMain))
    throw new BuiltServerError('no built server (packages/server/dist); run `pnpm build` first');
  const dataDir = fileURLToPath(new URL(`../../../.data/${name}`, import.meta.url));
  rmSync(dataDir, { recursive: true, force: true });
  const [port, databasePort] = [await freePort(), await freePort()];
  const server = spawn(process.execPath, [serverMain, ...(seed ? ['--seed'] : [])], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      TELKA_DATA_DIR: dataDir,
      TELKA_EMBEDDED_PG_PORT: String(databasePort),
      TELKA_CLIENT_DIR: dist,
      LOG_LEVEL: 'warn',
    },
  });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.kill(signal));

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    // SIGTERM lets it drain and stop its database; SIGKILL only if it hangs.
    server.kill('SIGTERM');
    const killer = setTimeout(() => server.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(killer);
    rmSync(dataDir, { recursive: true, force: true });
  };
  // A fresh cluster's initdb, migrations and demo data take a while on a busy machine.
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (server.exitCode !== null)
      throw new BuiltServerError(`the server exited with ${server.exitCode} before it was ready`);
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) {
      await stop();
      throw new BuiltServerError('the server was not ready within 180 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, stop };
}
