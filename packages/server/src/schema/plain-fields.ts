import { getMetadataStorage } from 'type-graphql';

/**
 * Marks the output fields that have nothing to run — no field resolver, no `@Requires`, no
 * middleware, and named as their property — as type-graphql's `simple` fields: the schema then
 * leaves them without a resolver, and graphql-jit reads the property inline where it would call
 * type-graphql's middleware chain, for each field of each row, to return the same property. A
 * field resolver is kept (type-graphql prefers it to `simple`), and so is every field with roles,
 * whose check runs in that chain. graphql-jit reads a plain field's value as it is: a property
 * that holds a promise must say `simple: false` (a connection's `totalCount`).
 */
export function readPlainFieldsAsProperties(): void {
  const storage = getMetadataStorage();
  const guarded = fieldsByClass([...storage.authorizedFields, ...storage.middlewares]);
  const guardedClasses = new Set<unknown>([
    ...storage.authorizedResolver.map((entry) => entry.target),
    ...storage.resolverMiddlewares.map((entry) => entry.target),
  ]);
  for (const field of storage.fields) {
    const hasWork =
      field.name !== field.schemaName ||
      guardedClasses.has(field.target) ||
      guarded.get(field.target)?.has(field.name) === true;
    field.simple ??= !hasWork;
  }
}

function fieldsByClass(entries: { target: unknown; fieldName: string }[]): Map<unknown, Set<string>> {
  const byClass = new Map<unknown, Set<string>>();
  for (const { target, fieldName } of entries) {
    let names = byClass.get(target);
    if (!names) byClass.set(target, (names = new Set()));
    names.add(fieldName);
  }
  return byClass;
}
