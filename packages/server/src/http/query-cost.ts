import type { ApolloServerPlugin } from '@apollo/server';
import { getNullableType, GraphQLError, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { memoPerDocument } from '../common/document-memo.js';

/** Longer documents are refused by graphql's own parser (HTTP and WebSocket): a parse error, never a 500. */
export const maxTokens = 2000;

/** The most a single operation may cost; a field costs 1, a list multiplies what it holds. */
export const maxQueryCost = 20_000;
/** What a list without a `first` argument (e.g. an organisation's representatives) is taken to hold. */
const assumedListSize = 10;

/**
 * What a query costs to answer: each field 1, and everything inside a list as many times as the
 * list can hold: `first` for pages (the page size the client asked for), a fixed guess for the
 * short lists that have no page size. A connection's `edges` are already counted by its `first`.
 */
const listAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (typeof args.first === 'number') return 1 + Math.max(args.first, 0) * childComplexity;
  const isEdgesOfPage = field.name === 'edges' && type.name.endsWith('Connection');
  if (isListType(getNullableType(field.type)) && !isEdgesOfPage) return 1 + assumedListSize * childComplexity;
  return 1 + childComplexity;
};

/** The cost of an operation with its variables, or undefined when the variables do not fit (execution says why). */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number | undefined {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [listAwareEstimator],
    });
  } catch {
    return undefined;
  }
}

export function queryTooCostly(cost: number): GraphQLError {
  return new GraphQLError(
    `The query would cost ${cost}, more than the limit of ${maxQueryCost}: ask for smaller pages or fewer fields.`,
    { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost: maxQueryCost, http: { status: 400 } } },
  );
}

/**
 * Refuses costly operations before they run. The cost depends on variables (`first`), so it is
 * weighed per document and variables, once for a page asked again and again.
 */
export function queryCostPlugin(): ApolloServerPlugin {
  const costOf = memoPerDocument(queryCost);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const cost = costOf(schema, document, request.variables, operationName);
          if (cost !== undefined && cost > maxQueryCost) throw queryTooCostly(cost);
        },
      };
    },
  };
}
