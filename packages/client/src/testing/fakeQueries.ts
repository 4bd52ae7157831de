import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { ref } from 'vue';

/** The operation name of a document, to answer `useQuery` mocks per query. */
export function operationName(document: DocumentNode): string | undefined {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  return operation?.name?.value;
}

/** A `useQuery` stand-in returning fixed data for each operation name. */
export function fakeUseQuery(answers: Record<string, unknown>) {
  return ({ query }: { query: DocumentNode }) => {
    const data = ref(answers[operationName(query) ?? '']);
    return { data, fetching: ref(false), error: ref(undefined), executeQuery: () => undefined };
  };
}
