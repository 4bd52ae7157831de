import { isDeepStrictEqual } from 'node:util';

/**
 * Whether the hand-written server answers what Telka answers (key order aside), so the two are
 * compared on the same work. Hits of equal rank may come in another order, which is told apart.
 */
export function compareAnswers(telka: unknown, handWritten: unknown): string {
  if (isDeepStrictEqual(telka, handWritten)) return 'same';
  if (isDeepStrictEqual(sortedArrays(telka), sortedArrays(handWritten))) return 'same, ties in another order';
  return `differs at ${firstDifference(telka, handWritten, 'data')}`;
}

function sortedArrays(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortedArrays).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, sortedArrays(inner)]));
  }
  return value;
}

function firstDifference(a: unknown, b: unknown, at: string): string {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const left = (a as Record<string, unknown>)[key];
      const right = (b as Record<string, unknown>)[key];
      if (!isDeepStrictEqual(left, right)) return firstDifference(left, right, `${at}.${key}`);
    }
  }
  const show = (value: unknown) => JSON.stringify(value)?.slice(0, 120);
  return `${at}: Telka ${show(a)}, hand-written ${show(b)}`;
}
