import type { Cache } from '@urql/exchange-graphcache';
import { embedded, invalidateQueryField, type CacheRules } from '@/lib/cache';

/** Initiative lists and one initiative's own fields (support, co-proposers, history) after a change to it. */
function invalidateInitiative(cache: Cache, id: string | undefined): void {
  invalidateQueryField(cache, 'initiatives');
  if (id) cache.invalidate({ __typename: 'Initiative', id });
}

export const initiativeCache: CacheRules = {
  // A co-proposer is keyed by nothing of its own: kept inside its initiative, which is refetched after changes.
  keys: embedded('InitiativeConnection', 'InitiativeEdge', 'SectorSupport', 'CoProposer'),
  mutations: {
    createInitiative: (_result, _args, cache) => invalidateQueryField(cache, 'initiatives'),
    updateInitiative: (_result, _args, cache) => invalidateQueryField(cache, 'initiatives'),
    submitInitiative: (_result, args, cache) => invalidateInitiative(cache, args.id as string),
    withdrawInitiative: (_result, args, cache) => invalidateInitiative(cache, args.id as string),
    transitionInitiative: (_result, args, cache) => invalidateInitiative(cache, (args.input as { id: string }).id),
    inviteCoProposer: (_result, args, cache) => invalidateInitiative(cache, args.initiativeId as string),
    respondToCoProposal: (_result, args, cache) => invalidateInitiative(cache, args.initiativeId as string),
    endorseInitiative: (_result, args, cache) =>
      invalidateInitiative(cache, (args.input as { initiativeId: string }).initiativeId),
    withdrawEndorsement: (_result, args, cache) => invalidateInitiative(cache, args.initiativeId as string),
  },
};
