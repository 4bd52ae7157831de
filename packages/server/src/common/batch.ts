/**
 * Rows of a batched read as one list per key of `keys`, in the rows' order: the answer a
 * DataLoader expects from a statement that read the lists of a whole page at once.
 */
export function listsByKey<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const lists = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) lists.get(keyOf(row))?.push(row);
  return keys.map((key) => lists.get(key)!);
}
