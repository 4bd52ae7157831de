import { LocalDateResolver, JSONResolver } from 'graphql-scalars';

/** A calendar date without time zone, `YYYY-MM-DD` (membership dates, founding dates). */
export const LocalDate = LocalDateResolver;
/** Free-form JSON (audit entry changes). */
export const JSON = JSONResolver;
