import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery } from 'vue-router';

/** How one filter is held in the URL's query. */
export interface UrlField<T extends string> {
  /** The value when the URL says nothing; it is left out of the URL, so links stay short. */
  default: T;
  /** The value for the URL's text; text it does not accept gives the default. */
  parse: (raw: string) => T;
  /** The URL's text for a value; the value itself unless told. */
  serialise?(value: T): string;
  /** A way of showing the list (ordering, view) rather than a filter: not "filtered", and kept by `clear`. */
  setting?: boolean;
}

export type UrlFields<F extends Record<string, string>> = { [K in keyof F]: UrlField<F[K]> };

/** Free text; `trim` for search words. */
export function textField(options: { trim?: boolean } = {}): UrlField<string> {
  return { default: '', parse: (raw) => (options.trim ? raw.trim() : raw) };
}

/** Text that must match a pattern (a date, an id), else nothing. */
export function patternField(pattern: RegExp): UrlField<string> {
  return { default: '', parse: (raw) => (pattern.test(raw) ? raw : '') };
}

/** One of the allowed values; anything else gives the fallback (empty, "all", unless told). */
export function choiceField<T extends string>(allowed: readonly T[]): UrlField<T | ''>;
export function choiceField<T extends string>(allowed: readonly T[], fallback: T, setting?: boolean): UrlField<T>;
export function choiceField<T extends string>(allowed: readonly T[], fallback: T | '' = '', setting = false) {
  const parse = (raw: string) => ((allowed as readonly string[]).includes(raw) ? (raw as T) : fallback);
  return { default: fallback, parse, setting } satisfies UrlField<T | ''>;
}

export interface UrlFilterRules<F> {
  /** A rule across fields, kept in what is read and what is written (e.g. relevance needs search words). */
  normalise?: (filters: F) => F;
  /** Adjusts a change before it is written, knowing what it changes (e.g. new search words sort by relevance). */
  adjust?: (next: F, patch: Partial<F>, current: F) => F;
}

function first(value: LocationQuery[string] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw : '';
}

/**
 * A list's filters held in the route's query, so a view can be shared and the back button
 * works. Each feature names its fields once; reading, writing and clearing follow from them.
 */
export function defineUrlFilters<F extends Record<string, string>>(
  fields: UrlFields<F>,
  rules: UrlFilterRules<F> = {},
) {
  const keys = Object.keys(fields) as (keyof F & string)[];
  const normalise = rules.normalise ?? ((filters: F) => filters);

  function parse(query: LocationQuery): F {
    const filters = {} as F;
    for (const key of keys) filters[key] = fields[key].parse(first(query[key]));
    return normalise(filters);
  }

  /** URL query for the filters, leaving out defaults. */
  function toQuery(filters: F): Record<string, string> {
    const normal = normalise(filters);
    const query: Record<string, string> = {};
    for (const key of keys) {
      const field = fields[key];
      const value = normal[key];
      if (value !== field.default) query[key] = field.serialise?.(value) ?? (value as string);
    }
    return query;
  }

  /** Whether anything is filtered out: orderings and views do not count. */
  function isFiltered(filters: F): boolean {
    return keys.some((key) => !fields[key].setting && filters[key] !== fields[key].default);
  }

  function useFilters() {
    const route = useRoute();
    const router = useRouter();
    const filters = computed(() => parse(route.query));

    // Two changes in quick succession: the second builds on the first, not on the URL it has not reached yet.
    let pending: F | null = null;
    async function go(next: F) {
      pending = next;
      try {
        await router.push({ query: toQuery(next) });
      } finally {
        if (pending === next) pending = null;
      }
    }

    function update(patch: Partial<F>) {
      const current = pending ?? filters.value;
      const next = { ...current, ...patch };
      return go(rules.adjust ? rules.adjust(next, patch, current) : next);
    }

    /** Clears the filters; the ordering and the view stay as chosen. */
    function clear() {
      const current = pending ?? filters.value;
      const next = parse({});
      for (const key of keys) if (fields[key].setting) next[key] = current[key];
      return go(next);
    }

    return { filters, isFiltered: computed(() => isFiltered(filters.value)), update, clear };
  }

  return { parse, toQuery, isFiltered, use: useFilters };
}
