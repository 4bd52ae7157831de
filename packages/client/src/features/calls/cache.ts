import type { Cache } from '@urql/exchange-graphcache';
import { embedded, invalidateQueryField, type CacheRules } from '@/lib/cache';

/**
 * The calls list and calls looked up by number: a new, changed (its number, its dates and so its
 * place in the list) or published call moves them. A call's own fields come with each answer.
 */
function invalidateCallLists(cache: Cache): void {
  invalidateQueryField(cache, 'calls');
  invalidateQueryField(cache, 'call');
}

export const callCache: CacheRules = {
  keys: embedded('CallConnection', 'CallEdge', 'CallChange'),
  mutations: {
    createCall: (_result, _args, cache) => invalidateCallLists(cache),
    updateCall: (_result, _args, cache) => invalidateCallLists(cache),
    publishCall: (_result, _args, cache) => invalidateCallLists(cache),
    deleteCallDraft: (_result, args, cache) => {
      cache.invalidate({ __typename: 'Call', id: args.id as string });
      invalidateCallLists(cache);
    },
  },
};
