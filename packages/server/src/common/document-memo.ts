import type { DocumentNode, GraphQLSchema } from 'graphql';

/** Variables longer than this as JSON (a comment's text, say) are not worth keeping: they rarely repeat. */
const longestKeptVariables = 1_000;

/**
 * Memoises a pure analysis of an operation (its cost, its argument problems) per document and
 * variables. Apollo hands every request of the same query text the same parsed document (its
 * document store, one per server and so one schema), so a page asked again and again is analysed
 * once per distinct set of short variables. At most `perDocument` sets are kept for a document,
 * the oldest dropped first; a document the store has let go is let go here too.
 */
export function memoPerDocument<T>(
  analyse: (
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName?: string | null,
  ) => T,
  perDocument = 64,
): typeof analyse {
  const memo = new WeakMap<DocumentNode, Map<string, T>>();
  return (schema, document, variables, operationName) => {
    const key = `${operationName ?? ''} ${JSON.stringify(variables ?? {})}`;
    if (key.length > longestKeptVariables) return analyse(schema, document, variables, operationName);
    let byVariables = memo.get(document);
    if (!byVariables) memo.set(document, (byVariables = new Map()));
    if (byVariables.has(key)) return byVariables.get(key)!;
    const result = analyse(schema, document, variables, operationName);
    if (byVariables.size >= perDocument) byVariables.delete(byVariables.keys().next().value!);
    byVariables.set(key, result);
    return result;
  };
}
