import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLID,
  isInputObjectType,
  isListType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { memoPerDocument } from './document-memo.js';
import { isUuid } from './ids.js';
import { BadUserInputError, type FieldProblem } from './errors.js';

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
  if (nullable === GraphQLID && !isUuid(value)) return [{ field, code: 'INVALID_ID', message: 'is not a valid id' }];
  return [];
}

/**
 * The argument problems of an operation, found in its document before anything runs, so no such
 * value ever reaches a resolver or SQL. Once per request rather than once per resolved field.
 * Values that do not even fit their types are left to graphql's own coercion to report.
 */
export function argumentProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): FieldProblem[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return [];
  const typeInfo = new TypeInfo(schema);
  const problems: FieldProblem[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const definition = typeInfo.getFieldDef();
        if (!node.arguments?.length || !definition) return;
        let values: Record<string, unknown>;
        try {
          values = getArgumentValues(definition, node, coerced.coerced);
        } catch {
          return;
        }
        for (const argument of definition.args) {
          const inputObject = isInputObjectType(getNullableType(argument.type));
          problems.push(...problemsOf(values[argument.name], argument.type, inputObject ? '' : argument.name));
        }
      },
    }),
  );
  return problems;
}

/**
 * Refuses an HTTP operation with bad arguments as BAD_USER_INPUT naming each, before it runs;
 * weighed once per document and variables for a page asked again and again.
 */
export function inputGuardPlugin(): ApolloServerPlugin {
  const problemsIn = memoPerDocument(argumentProblems);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const problems = problemsIn(schema, document, request.variables, operationName);
          if (!problems.length) return;
          const error = new BadUserInputError(problems);
          Object.assign(error.extensions, { http: { status: 400 } });
          throw error;
        },
      };
    },
  };
}
