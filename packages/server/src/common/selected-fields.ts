import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The fields the client selected under the field being resolved, through fragments and inline
 * fragments, or under a path below it (`['edges', 'node']` for a connection's items). Directives
 * are not weighed: a field under `@skip` counts as selected, which only ever asks for more than
 * needed.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): ReadonlySet<string> {
  return perFieldNodes(info, `fields:${path.join('.')}`, () => fieldNames(info, nodesAt(info, info.fieldNodes, path)));
}

/** What a page of a connection shows: whether it counts, and the fields of its items. */
export type PageSelection = { totalCount: boolean; node: ReadonlySet<string> };

export function pageSelection(info: GraphQLResolveInfo): PageSelection {
  return perFieldNodes(info, 'page', () => pageSelectionOf(info, info.fieldNodes));
}

/**
 * What is worked out from a field's place in the document alone, once per document rather than
 * for each row: graphql-jit hands every call of a field the same `fieldNodes`, from the document
 * Apollo keeps parsed for every request of the same query (a lead organisation's fields are
 * otherwise walked for each initiative of a page).
 */
const workedOut = new WeakMap<readonly FieldNode[], Map<string, unknown>>();

function perFieldNodes<T>(info: GraphQLResolveInfo, key: string, workOut: () => T): T {
  let known = workedOut.get(info.fieldNodes);
  if (!known) workedOut.set(info.fieldNodes, (known = new Map()));
  if (!known.has(key)) known.set(key, workOut());
  return known.get(key) as T;
}

function pageSelectionOf(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): PageSelection {
  return {
    totalCount: fieldNames(info, nodes).has('totalCount'),
    node: fieldNames(info, nodesAt(info, nodes, ['edges', 'node'])),
  };
}

/** The nodes of the fields along `path` below `nodes`. */
function nodesAt(info: GraphQLResolveInfo, nodes: readonly FieldNode[], path: readonly string[]): readonly FieldNode[] {
  let level = nodes;
  for (const name of path) {
    level = level.flatMap((node) => fieldsOf(info, node.selectionSet).filter((field) => field.name.value === name));
  }
  return level;
}

function fieldNames(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): ReadonlySet<string> {
  return new Set(nodes.flatMap((node) => fieldsOf(info, node.selectionSet).map((field) => field.name.value)));
}

function fieldsOf(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...fieldsOf(info, selection.selectionSet));
    else fields.push(...fieldsOf(info, info.fragments[selection.name.value]?.selectionSet));
  }
  return fields;
}
