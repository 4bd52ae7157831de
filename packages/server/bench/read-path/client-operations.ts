import {
  Kind,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * The client's operations as it sends them: codegen keeps every one, with the fragments it
 * spreads, as a document AST in the client's `gql/graphql.ts`. Loaded at run time from its path,
 * so the bench always measures the queries the client of this checkout asks.
 */
const generatedDocuments = new URL('../../../client/src/gql/graphql.ts', import.meta.url);

let documents: DocumentNode[] | undefined;

async function allDocuments(): Promise<DocumentNode[]> {
  if (!documents) {
    // A computed specifier: loaded by the TypeScript hook at run time, outside this package's build.
    const module = (await import(generatedDocuments.href)) as Record<string, unknown>;
    documents = Object.values(module).filter(
      (value): value is DocumentNode =>
        typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT,
    );
  }
  return documents;
}

/** The client's document holding the operation `name` (with its fragments). */
export async function clientOperation(name: string): Promise<DocumentNode> {
  for (const document of await allDocuments()) {
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name,
    );
    if (operation) return document;
  }
  throw new Error(`the client has no operation named ${name} (packages/client/src/gql/graphql.ts)`);
}

function operationOf(document: DocumentNode): OperationDefinitionNode {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('a document without an operation');
  return operation;
}

/**
 * One request for what a page asks in several operations over the same root field (the
 * initiative page asks for the initiative and, beside it, its discussion): the root fields'
 * selections are joined, variables and fragments united. GraphQL merges fields asked twice.
 */
export function mergeOperations(name: string, parts: DocumentNode[]): DocumentNode {
  const operations = parts.map(operationOf);
  const rootFields = new Map<string, FieldNode>();
  for (const operation of operations) {
    for (const selection of operation.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) throw new Error('only root fields can be merged');
      const key = selection.alias?.value ?? selection.name.value;
      const known = rootFields.get(key);
      rootFields.set(
        key,
        known
          ? {
              ...known,
              selectionSet: {
                kind: Kind.SELECTION_SET,
                selections: [...(known.selectionSet?.selections ?? []), ...(selection.selectionSet?.selections ?? [])],
              },
            }
          : selection,
      );
    }
  }
  const variables = new Map(
    operations.flatMap((operation) => operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, v]),
  );
  const fragments = new Map(
    parts
      .flatMap((document) => document.definitions)
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const merged: OperationDefinitionNode = {
    ...operations[0]!,
    name: { kind: Kind.NAME, value: name },
    variableDefinitions: [...variables.values()],
    selectionSet: { kind: Kind.SELECTION_SET, selections: [...rootFields.values()] },
  };
  return { kind: Kind.DOCUMENT, definitions: [merged, ...fragments.values()] };
}

/**
 * The same document with the page size written into it changed: `field(first: 5)` becomes
 * `field(first: size)`. For the client's lists whose size is a literal (discussion, search),
 * to count statements at other page sizes.
 */
export function withLiteralPageSize(document: DocumentNode, field: string, size: number): DocumentNode {
  let changed = false;
  const result = visit(document, {
    Field(node) {
      if (node.name.value !== field) return undefined;
      const args = node.arguments?.map((argument) => {
        if (argument.name.value !== 'first' || argument.value.kind !== Kind.INT) return argument;
        changed = true;
        return { ...argument, value: { kind: Kind.INT, value: String(size) } };
      });
      return { ...node, arguments: args };
    },
  });
  if (!changed) throw new Error(`no ${field}(first: <number>) in ${operationOf(document).name?.value}`);
  return result;
}

export function operationName(document: DocumentNode): string {
  const name = operationOf(document).name?.value;
  if (!name) throw new Error('an operation without a name');
  return name;
}

export { print };
