/**
 * A timestamp (timestamptz) column as ISO 8601 text in UTC to the millisecond
 * (`2026-11-30T04:24:31.500Z`): the DateTime scalar's own output, which it then sends as it is
 * (schema/date-time.ts). The driver is set by MikroORM to hand timestamps over as PostgreSQL's
 * own text (`2026-11-30 04:24:31.5+00`), which the scalar refuses.
 */
export function isoTimestamp(column: string): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
