/**
 * How many matches of each kind a search ranks at most: its newest. Ranking reads each ranked
 * row's vector, so the bound is what keeps a search's cost the same however large the tables grow
 * (the read-path benchmark: 100× the data within 1.5× the 1× latency). A common word in a LAG's
 * own data may pass it; the best of its thousand newest matches of each kind are shown then.
 */
export const rankedMatches = 1_000;

/**
 * Turns what a person typed into a PostgreSQL `to_tsquery` text for the `telka` configuration
 * (Lithuanian stemming, diacritics ignored): every word must match, the last one as a prefix so
 * results appear while typing. Only letters and digits survive, so the result is always valid
 * tsquery syntax. Returns null when nothing searchable is left.
 */
export function toPrefixTsQuery(text: string): string | null {
  const words = text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word, i) => (i === words.length - 1 ? `${word}:*` : word)).join(' & ');
}
