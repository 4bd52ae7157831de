import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';

/** The first two lines of `postmaster.pid`: the postmaster's pid and its data directory. */
export type PostmasterLock = { pid: number; dataDir: string };

export async function readPostmasterLock(clusterDir: string): Promise<PostmasterLock | undefined> {
  const text = await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  const [pidLine, dataDirLine] = text?.split('\n') ?? [];
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !dataDirLine) return undefined;
  return { pid, dataDir: dataDirLine };
}

/**
 * Whether `pid` is a running postmaster of `clusterDir`: a `postgres` whose `-D` is that folder.
 * Read from /proc, so elsewhere than Linux the answer is "no" and the process is left alone.
 */
export async function isPostmasterOf(pid: number, clusterDir: string): Promise<boolean> {
  if (!(await isRunning(pid))) return false;
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  const argv = cmdline.split('\0');
  const flag = argv.indexOf('-D');
  const dataDirArgument = flag >= 0 ? argv[flag + 1] : undefined;
  return (
    path.basename(argv[0] ?? '') === 'postgres' &&
    // We start it with an absolute -D; a relative one cannot be told apart safely.
    dataDirArgument !== undefined &&
    path.isAbsolute(dataDirArgument) &&
    path.resolve(dataDirArgument) === path.resolve(clusterDir)
  );
}

/** Alive and not a zombie: an orphan's new parent may never reap it. */
async function isRunning(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (stat === undefined) return false;
  // "pid (comm) state …": comm may hold spaces and parentheses, the state follows the last ')'.
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X';
}

async function waitForExit(pid: number, deadlineMs: number): Promise<boolean> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (!(await isRunning(pid))) return true;
    await sleep(100);
  }
  return !(await isRunning(pid));
}

/**
 * A server killed hard (SIGKILL) leaves its postmaster running, holding the data folder's lock,
 * and the next start would fail. Stops such a postmaster if `postmaster.pid` names one of this
 * very folder: fast shutdown first, SIGKILL when it does not finish in time. A pid file naming a
 * dead process, or anything else, is left to PostgreSQL, which replaces a stale file itself or
 * refuses with a message that says why. Returns the pid it stopped.
 */
export async function stopStalePostmaster(
  clusterDir: string,
  options: { logger?: Logger; shutdownDeadlineMs?: number } = {},
): Promise<number | undefined> {
  const { logger, shutdownDeadlineMs = 15_000 } = options;
  const lock = await readPostmasterLock(clusterDir);
  if (!lock || path.resolve(lock.dataDir) !== path.resolve(clusterDir)) return undefined;
  if (!(await isPostmasterOf(lock.pid, clusterDir))) return undefined;

  logger?.warn({ pid: lock.pid, clusterDir }, 'stopping a PostgreSQL left running by an earlier start');
  process.kill(lock.pid, 'SIGINT'); // fast shutdown: ends sessions, checkpoints, removes the pid file
  if (await waitForExit(lock.pid, shutdownDeadlineMs)) return lock.pid;

  logger?.warn({ pid: lock.pid }, 'the earlier PostgreSQL did not shut down in time: killing it');
  process.kill(lock.pid, 'SIGKILL');
  if (await waitForExit(lock.pid, 5_000)) return lock.pid;
  throw new Error(`the PostgreSQL left running in ${clusterDir} (pid ${lock.pid}) could not be stopped`);
}
