import type { Cache } from '@urql/exchange-graphcache';
import { embedded, invalidateQueryField, type CacheRules } from '@/lib/cache';

/** Partnership lists, the tracker's figures and partner timelines: what a partnership change can move. */
function invalidatePartnerships(cache: Cache): void {
  invalidateQueryField(cache, 'partnerships');
  invalidateQueryField(cache, 'partnershipFigures');
  invalidateQueryField(cache, 'partnerTimeline');
}

export const partnershipCache: CacheRules = {
  keys: embedded(
    'PartnershipConnection',
    'PartnershipEdge',
    'PartnershipParty',
    'PartnershipFigures',
    'PartnershipStatusCount',
    'PartnershipScopeCount',
    'TimelineEntry',
  ),
  mutations: {
    createPartnership: (_result, _args, cache) => invalidatePartnerships(cache),
    updatePartnership: (_result, _args, cache) => invalidatePartnerships(cache),
    changePartnershipStatus: (_result, _args, cache) => invalidatePartnerships(cache),
    // The answer carries the partnership's new log and follow-up; lists and figures move too.
    logPartnershipActivity: (_result, _args, cache) => invalidatePartnerships(cache),
    updatePartnershipActivity: (result, _args, cache) => {
      // A corrected date may move the activity within its log: have the log asked again.
      const activity = result.updatePartnershipActivity as { partnership?: { id: string } } | null;
      if (activity?.partnership) {
        cache.invalidate({ __typename: 'Partnership', id: activity.partnership.id }, 'activities');
      }
      invalidateQueryField(cache, 'partnerTimeline');
    },
    deletePartnershipActivity: (_result, args, cache) => {
      // The logs that listed it are asked again, without it.
      cache.invalidate({ __typename: 'PartnershipActivity', id: args.id as string });
      invalidateQueryField(cache, 'partnerTimeline');
    },
  },
};
