import type { Cache, UpdateResolver } from '@urql/exchange-graphcache';
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
const invalidateLists: UpdateResolver = (_result, _args, cache) => invalidateQueryField(cache, 'initiatives');

export const initiativeCache: CacheRules = {
  // A co-proposer and what the viewer may do with each organisation are keyed by nothing of their own:
  // kept inside their initiative, which is refetched after changes.
  keys: embedded('InitiativeConnection', 'InitiativeEdge', 'SectorSupport', 'CoProposer', 'EndorsementOption'),
  mutations: {
    createInitiative: invalidateLists,
    updateInitiative: invalidateLists,
    submitInitiative: invalidateLists,
    deleteInitiativeDraft: (_result, args, cache) => invalidateInitiative(cache, args.id as string),
    withdrawInitiative: invalidateLists,
    transitionInitiative: invalidateLists,
    inviteCoProposer: (_result, args, cache) => invalidateInitiative(cache, args.initiativeId as string),
    respondToCoProposal: (_result, args, cache) => invalidateInitiative(cache, args.initiativeId as string),
    endorseInitiative: invalidateLists,
    withdrawEndorsement: invalidateLists,
  },
};
