// Starts the built server for the end-to-end run: a fresh embedded database with the demo
// data, on ports of its own. Playwright stops it with SIGTERM, which it passes on, so the
// server drains and stops its database.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.join(here, '../../.data/e2e');
rmSync(dataDir, { recursive: true, force: true });

const server = spawn(process.execPath, ['--enable-source-maps', path.join(here, '../server/dist/main.js'), '--seed'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: process.env.E2E_PORT ?? '4300',
    HOST: '127.0.0.1',
    TELKA_DATA_DIR: dataDir,
    TELKA_EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? '24332',
    DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
    LOG_LEVEL: 'warn',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 1));
