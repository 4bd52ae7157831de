import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A process a test or a benchmark started, with its output kept for the assertion messages of a failure. */
export type TestProcess = {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  /** Resolves once the output contains `line`; fails with the output if the process exits first. */
  untilOutput(line: string, deadlineMs?: number): Promise<void>;
  /** Sends `signal` (unless it has exited) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
};

export function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv = {}): TestProcess {
  const child = spawn(command, args, { cwd: serverRoot, env: { ...process.env, ...env }, stdio: 'pipe' });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    child,
    output: () => output,
    exited,
    async untilOutput(line, deadlineMs = 90_000) {
      const deadline = Date.now() + deadlineMs;
      while (!output.includes(line)) {
        if (!running() || Date.now() > deadline) throw new Error(`${command} did not say "${line}":\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop(signal = 'SIGTERM') {
      if (running()) child.kill(signal);
      await exited;
    },
  };
}

/** Telka's `src/main.ts` in a process of its own, started on `port` with `env` on top of the test's own. */
export function startServer(port: number, env: NodeJS.ProcessEnv): TestProcess & { url: string } {
  const server = startProcess(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    TELKA_CLIENT_DIR: '/nonexistent',
    ...env,
  });
  return { ...server, url: `http://127.0.0.1:${port}` };
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const probe = net.createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A new folder for an embedded cluster: run as root, PostgreSQL runs as another user and must enter it. */
export async function temporaryDataDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await chmod(dir, 0o755);
  return dir;
}
