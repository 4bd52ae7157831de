import { getNullableType, GraphQLID, isInputObjectType, isListType, type GraphQLInputType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { BadUserInputError, type FieldProblem } from './errors.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Problems no argument of any field may have: a NUL character in a string (PostgreSQL refuses it
 * in text) and an `ID` that is not one of ours (every id is a UUID). Fields of input objects are
 * named as class-validator names them (`title`, `contact.email`), plain arguments by their name.
 */
function problemsOf(value: unknown, type: GraphQLInputType, field: string): FieldProblem[] {
  if (value === null || value === undefined) return [];
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    return (value as unknown[]).flatMap((item) => problemsOf(item, nullable.ofType as GraphQLInputType, field));
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    return Object.entries(value as Record<string, unknown>).flatMap(([name, item]) => {
      const inner = fields[name];
      return inner ? problemsOf(item, inner.type, field ? `${field}.${name}` : name) : [];
    });
  }
  if (typeof value !== 'string') return [];
  if (value.includes('\u0000')) return [{ field, code: 'INVALID_CHARACTER', message: 'contains a NUL character' }];
  if (nullable === GraphQLID && !uuid.test(value)) return [{ field, code: 'INVALID_ID', message: 'is not a valid id' }];
  return [];
}

/** Runs before every resolver that takes arguments, so no such value ever reaches SQL. */
export const inputGuard: MiddlewareFn = ({ args, info }, next) => {
  const definition = info.parentType.getFields()[info.fieldName];
  if (!definition?.args.length) return next();
  const problems = definition.args.flatMap((argument) =>
    problemsOf(
      args[argument.name],
      argument.type,
      isInputObjectType(getNullableType(argument.type)) ? '' : argument.name,
    ),
  );
  if (problems.length) throw new BadUserInputError(problems);
  return next();
};
