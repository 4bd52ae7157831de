/**
 * A timestamp column as ISO 8601 text (`2026-11-30T04:24:31.5+00:00`), the form the DateTime
 * scalar takes. The driver is set by MikroORM to hand timestamps over as PostgreSQL's own text
 * (`2026-11-30 04:24:31.5+00`), which the scalar refuses; JSON's form is ISO 8601.
 */
export function isoTimestamp(column: string): string {
  return `to_json(${column}) #>> '{}'`;
}
