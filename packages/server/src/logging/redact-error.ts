import { pino } from 'pino';

/** SQLSTATE codes are five digits or capital letters, e.g. 23505. */
const sqlState = /^[0-9A-Z]{5}$/;

/** Fields of a PostgreSQL error that describe the schema, never the data. */
const schemaFields = ['table', 'constraint', 'column', 'dataType', 'schema', 'routine', 'severity'] as const;

function isDatabaseError(error: Record<string, unknown>): boolean {
  return typeof error.code === 'string' && sqlState.test(error.code) && ('routine' in error || 'severity' in error);
}

/**
 * pino's error serializer, except that database errors keep only their SQLSTATE and the names of
 * the table, constraint and column: their messages carry the SQL with bound values (password
 * hashes, e-mails, people's texts), and their details quote the offending values.
 */
export function redactedError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const fields = error as unknown as Record<string, unknown>;
  if (!isDatabaseError(fields)) {
    const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
    if (error.cause) serialized.cause = redactedError(error.cause);
    return serialized;
  }
  const redacted: Record<string, unknown> = { type: error.name, sqlState: fields.code };
  for (const field of schemaFields) if (typeof fields[field] === 'string') redacted[field] = fields[field];
  redacted.message = `database error ${String(fields.code)}`;
  return redacted;
}
