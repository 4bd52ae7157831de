import { embedded, invalidateQueryField, type CacheRules } from '@/lib/cache';

export const accountCache: CacheRules = {
  keys: embedded('InvitationPreview'),
  mutations: {
    acceptInvitation: (result, _args, cache) => {
      const affiliation = result.acceptInvitation as { organisation?: { id: string } } | null;
      if (affiliation?.organisation) {
        cache.invalidate({ __typename: 'Organisation', id: affiliation.organisation.id }, 'representatives');
      }
      invalidateQueryField(cache, 'me');
    },
    // The link may have changed the signed-in person's address.
    verifyEmail: (_result, _args, cache) => invalidateQueryField(cache, 'me'),
  },
};
