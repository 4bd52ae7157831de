import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

/** The scalar's own output form, in which read queries give timestamps (common/sql.ts). */
const outputForm = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const standard = GraphQLDateTimeISO.toConfig();

/**
 * graphql-scalars' DateTimeISO — the same name, description and input parsing, the same output —
 * except that a timestamp PostgreSQL already wrote in the output form is sent as it is: the scalar
 * would check its calendar, make a Date and print it again, for each timestamp of each row.
 */
export const DateTimeISO = new GraphQLScalarType({
  ...standard,
  serialize: (value) => (typeof value === 'string' && outputForm.test(value) ? value : standard.serialize(value)),
});
