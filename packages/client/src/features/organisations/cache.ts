import type { Cache } from '@urql/exchange-graphcache';
import { embedded, invalidateQueryField, type CacheRules } from '@/lib/cache';

function invalidateDirectory(cache: Cache): void {
  invalidateQueryField(cache, 'organisations');
  invalidateQueryField(cache, 'directoryStats');
}

/** Every cached page of an organisation's audit trail, so the change just made shows up. */
function invalidateAuditTrail(cache: Cache, organisationId: string): void {
  const organisation = { __typename: 'Organisation', id: organisationId };
  for (const field of cache.inspectFields(organisation)) {
    if (field.fieldName === 'auditTrail') cache.invalidate(organisation, field.fieldName, field.arguments);
  }
}

export const organisationCache: CacheRules = {
  keys: embedded('OrganisationEdge', 'OrganisationConnection', 'SectorCount', 'DirectoryStats', 'InvitationCreated'),
  mutations: {
    createOrganisation: (_result, _args, cache) => invalidateDirectory(cache),
    updateOrganisation: (_result, args, cache) => {
      invalidateDirectory(cache);
      invalidateAuditTrail(cache, (args.input as { id: string }).id);
    },
    changeMembership: (_result, args, cache) => {
      invalidateDirectory(cache);
      invalidateAuditTrail(cache, (args.input as { id: string }).id);
    },
    inviteRepresentative: (_result, args, cache) => {
      const input = args.input as { organisationId: string };
      cache.invalidate({ __typename: 'Organisation', id: input.organisationId }, 'invitations');
      invalidateAuditTrail(cache, input.organisationId);
    },
    revokeInvitation: (result, _args, cache) => {
      const invitation = result.revokeInvitation as { organisation?: { id: string } } | null;
      if (invitation?.organisation) {
        cache.invalidate({ __typename: 'Organisation', id: invitation.organisation.id }, 'invitations');
      }
    },
    removeAffiliation: (_result, args, cache) => {
      const id = args.id as string;
      cache.invalidate({ __typename: 'Representative', id });
      cache.invalidate({ __typename: 'Affiliation', id });
    },
  },
};
