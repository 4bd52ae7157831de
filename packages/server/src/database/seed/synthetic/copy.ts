import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';

export type CopyValue = string | number | boolean | Date | null | undefined;
export type CopyRow = readonly CopyValue[];

/** The part of a `pg` client the COPY writer uses. */
export type PgClient = {
  query(text: string): Promise<{ rowCount: number | null; rows: unknown[] }>;
  query<T extends NodeJS.WritableStream>(stream: T): T;
};

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value in COPY's text format: `\N` for null, backslash, tab, newline and CR escaped. */
export function copyValue(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c);
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function* encode(rows: Iterable<CopyRow>, counter: { rows: number }): Generator<string> {
  let buffer = '';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < row.length; i++) line += (i === 0 ? '' : '\t') + copyValue(row[i]);
    buffer += line + '\n';
    counter.rows++;
    if (buffer.length >= 256 * 1024) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/**
 * Streams generated rows into `table` with `COPY … FROM STDIN`: rows are produced on demand,
 * so memory stays flat whatever the count. Answers the number of rows written.
 */
export async function copyInto(
  client: PgClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<CopyRow>,
): Promise<number> {
  const counter = { rows: 0 };
  const target = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
  await pipeline(Readable.from(encode(rows, counter)), target);
  return counter.rows;
}
