import type { Cache, KeyingConfig, ResolverConfig, UpdateResolver } from '@urql/exchange-graphcache';

/**
 * One feature's rules for the normalised cache: the types it keys by nothing of their own,
 * resolvers for its fields, what each of its mutations invalidates, and where its subscriptions'
 * events are written. `urql.ts` composes them.
 */
export interface CacheRules {
  keys?: KeyingConfig;
  resolvers?: ResolverConfig;
  mutations?: Record<string, UpdateResolver>;
  subscriptions?: Record<string, UpdateResolver>;
}

/** Types without an id of their own, kept inside their parent. */
export function embedded(...typenames: string[]): KeyingConfig {
  return Object.fromEntries(typenames.map((typename) => [typename, () => null]));
}

/** Every cached answer of a root query field, whatever its arguments. */
export function invalidateQueryField(cache: Cache, fieldName: string): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === fieldName) cache.invalidate('Query', field.fieldName, field.arguments);
  }
}

/** The features' rules as one graphcache configuration; a type or mutation claimed twice is a mistake. */
export function composeCacheRules(rules: readonly CacheRules[]) {
  const keys: KeyingConfig = {};
  const resolvers: ResolverConfig = {};
  const mutations: Record<string, UpdateResolver> = {};
  const subscriptions: Record<string, UpdateResolver> = {};
  const claim = (target: Record<string, unknown>, name: string, value: unknown) => {
    if (name in target) throw new Error(`Cache rules name ${name} twice`);
    target[name] = value;
  };
  for (const rule of rules) {
    for (const [name, key] of Object.entries(rule.keys ?? {})) claim(keys, name, key);
    for (const [typename, fields] of Object.entries(rule.resolvers ?? {})) {
      const merged = (resolvers[typename] ??= {});
      for (const [name, resolver] of Object.entries(fields ?? {})) claim(merged, name, resolver);
    }
    for (const [name, update] of Object.entries(rule.mutations ?? {})) claim(mutations, name, update);
    for (const [name, update] of Object.entries(rule.subscriptions ?? {})) claim(subscriptions, name, update);
  }
  return { keys, resolvers, updates: { Mutation: mutations, Subscription: subscriptions } };
}
