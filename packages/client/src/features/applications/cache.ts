import type { Cache, UpdateResolver } from '@urql/exchange-graphcache';
import { embedded, invalidateQueryField, type CacheRules } from '@/lib/cache';

/**
 * A change to an application answers with the application's fields (`ApplicationFields`), which
 * graphcache writes at once; the lists it may move (mine, the queue, the call's totals) are asked again.
 */
function invalidateLists(cache: Cache): void {
  invalidateQueryField(cache, 'myApplications');
  invalidateQueryField(cache, 'complianceQueue');
}

const afterChange: UpdateResolver = (_result, _args, cache) => invalidateLists(cache);

/**
 * A move that changes what a call has been asked for and who applies with what: the calls (their
 * totals, the viewer's applications) and the initiatives (which one applies) are asked again.
 */
const afterMove: UpdateResolver = (_result, _args, cache) => {
  invalidateLists(cache);
  invalidateQueryField(cache, 'call');
  invalidateQueryField(cache, 'calls');
  invalidateQueryField(cache, 'initiatives');
};

export const applicationCache: CacheRules = {
  keys: embedded(
    'ApplicationProblem',
    'ApplicationAnswer',
    'ComplianceCheck',
    'ComplianceQueueEntry',
    'ChecklistProgress',
  ),
  mutations: {
    applyToCall: afterMove,
    updateApplication: afterChange,
    submitApplication: afterMove,
    withdrawApplication: afterMove,
    attachApplicationAnnex: afterChange,
    removeApplicationAnnex: afterChange,
    recordComplianceCheck: (_result, _args, cache) => invalidateQueryField(cache, 'complianceQueue'),
    requestCompletion: afterChange,
    declareIneligible: afterMove,
    passToEvaluation: afterChange,
  },
};
