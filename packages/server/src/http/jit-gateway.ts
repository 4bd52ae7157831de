import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Runs Apollo's operations with graphql-jit instead of graphql-js's interpreter: each document is
 * compiled once into a function that resolves exactly its fields, with arguments and type checks
 * worked out at compile time rather than for every field of every row (graphql-js spent about a
 * third of a directory page's CPU there). Apollo still parses, validates, runs the plugins and
 * formats errors; its gateway interface is how it accepts another executor. Subscriptions keep
 * graphql-js (live/websocket.ts).
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  // Apollo hands every request of the same query text the same parsed document (its store).
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const compile = (document: DocumentNode, operationName: string | undefined) => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (!query) byOperation.set(key, (query = compileQuery(schema, document, operationName)));
    return query;
  };

  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    const query = compile(document, operationName ?? undefined);
    // A document that cannot be compiled answers with the errors graphql-jit found.
    if (!isCompiledQuery(query)) return { errors: query.errors?.map(asGraphQLError) };
    // Variables are coerced by graphql-js, as without graphql-jit: its own coercion leaves out
    // the defaults of input fields, and graphql-js words bad input as Apollo expects (tied to the
    // variable's definition: a 400). graphql-jit's coercion of coerced values changes nothing
    // (our enums' values are their names: schema.test.ts).
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
    if (variables.errors) return { errors: variables.errors };
    const result = await query.query(undefined, context, variables.coerced);
    return { ...result, errors: result.errors?.map(asGraphQLError) } as Awaited<ReturnType<GatewayExecutor>>;
  };

  return {
    async load() {
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(callback) {
      // The schema never changes while the server runs; nothing reads the supergraph text.
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors as graphql-js's own class, which the rest of the pipeline expects: Apollo
 * would otherwise wrap them and lose their path, and plugins may reword a message (graphql-armor
 * masks field suggestions) where graphql-jit's is read-only. The error a resolver threw stays
 * the original, for the error formatter.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  // graphql-jit has placed the error in the document already, without nodes to place it by.
  return Object.assign(converted, { locations: error.locations });
}
