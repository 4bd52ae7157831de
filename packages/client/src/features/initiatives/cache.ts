import type { Cache } from '@urql/exchange-graphcache';
import { embedded, invalidateQueryField, type CacheRules } from '@/lib/cache';

/** Initiative lists and one initiative's own fields (support, co-proposers, history) after a change to it. */
function invalidateInitiative(cache: Cache, id: string | undefined): void {
  invalidateQueryField(cache, 'initiatives');
  if (id) cache.invalidate({ __typename: 'Initiative', id });
}

/**
 * After a move or a change of support: the answer selects the initiative's live fields
 * (`InitiativeLiveFields`), which graphcache has already written, so the open page shows the new
 * state at once. Invalidating the initiative too would throw that answer away and show the old
 * state until a second request came back; only the lists, which the answer cannot update, go.
 */
function invalidateInitiativeLists(cache: Cache): void {
  invalidateQueryField(cache, 'initiatives');
}

export const initiativeCache: CacheRules = {
  // A co-proposer is keyed by nothing of its own: kept inside its initiative, which is refetched after changes.
  keys: embedded('InitiativeConnection', 'InitiativeEdge', 'SectorSupport', 'CoProposer'),
  mutations: {
    createInitiative: (_result, _args, cache) => invalidateQueryField(cache, 'initiatives'),
    updateInitiative: (_result, _args, cache) => invalidateQueryField(cache, 'initiatives'),
    submitInitiative: (_result, _args, cache) => invalidateInitiativeLists(cache),
    withdrawInitiative: (_result, _args, cache) => invalidateInitiativeLists(cache),
    transitionInitiative: (_result, _args, cache) => invalidateInitiativeLists(cache),
    inviteCoProposer: (_result, args, cache) => invalidateInitiative(cache, args.initiativeId as string),
    respondToCoProposal: (_result, args, cache) => invalidateInitiative(cache, args.initiativeId as string),
    endorseInitiative: (_result, _args, cache) => invalidateInitiativeLists(cache),
    withdrawEndorsement: (_result, _args, cache) => invalidateInitiativeLists(cache),
  },
};
