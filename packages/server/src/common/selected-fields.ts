import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The fields the client selected under the field being resolved, through fragments and inline
 * fragments, or under a path below it (`['edges', 'node']` for a connection's items). Directives
 * are not weighed: a field under `@skip` counts as selected, which only ever asks for more than
 * needed.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  let level: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    level = level.flatMap((node) => fieldsOf(info, node.selectionSet).filter((field) => field.name.value === name));
  }
  return new Set(level.flatMap((node) => fieldsOf(info, node.selectionSet).map((field) => field.name.value)));
}

/** What a page of a connection shows: whether it counts, and the fields of its items. */
export type PageSelection = { totalCount: boolean; node: Set<string> };

export function pageSelection(info: GraphQLResolveInfo): PageSelection {
  return { totalCount: selectedFields(info).has('totalCount'), node: selectedFields(info, ['edges', 'node']) };
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
