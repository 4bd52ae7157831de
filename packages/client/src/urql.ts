import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { cacheExchange, type Cache } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import type { Client as WsClient } from 'graphql-ws';
import { shallowRef } from 'vue';

function invalidateQueryField(cache: Cache, fieldName: string): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === fieldName) cache.invalidate('Query', field.fieldName, field.arguments);
  }
}

/** Every cached page of an organisation's audit trail, so the change just made shows up. */
function invalidateAuditTrail(cache: Cache, organisationId: string): void {
  const organisation = { __typename: 'Organisation', id: organisationId };
  for (const field of cache.inspectFields(organisation)) {
    if (field.fieldName === 'auditTrail') cache.invalidate(organisation, field.fieldName, field.arguments);
  }
}

/** Partnership lists, the tracker's figures and partner timelines: what a partnership change can move. */
function invalidatePartnerships(cache: Cache): void {
  invalidateQueryField(cache, 'partnerships');
  invalidateQueryField(cache, 'partnershipFigures');
  invalidateQueryField(cache, 'partnerTimeline');
}

/** Initiative lists and one initiative's own fields (support, co-proposers, history) after a change to it. */
function invalidateInitiative(cache: Cache, id: string | undefined): void {
  invalidateQueryField(cache, 'initiatives');
  if (id) cache.invalidate({ __typename: 'Initiative', id });
}

function invalidateDirectory(cache: Cache): void {
  invalidateQueryField(cache, 'organisations');
  invalidateQueryField(cache, 'directoryStats');
}

/**
 * Subscriptions go over graphql-ws on `/graphql` (same origin, so the session cookie rides along).
 * The library and its socket are loaded only when a page first subscribes.
 */
function lazySubscriptionExchange() {
  let ws: Promise<WsClient> | null = null;
  const connect = () =>
    (ws ??= import('graphql-ws').then(({ createClient }) =>
      createClient({
        url: `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`,
        lazy: true,
      }),
    ));
  return subscriptionExchange({
    forwardSubscription(request) {
      const input = { ...request, query: request.query ?? '' };
      return {
        subscribe(sink) {
          let closed = false;
          let stop = () => {};
          void connect().then((wsClient) => {
            if (!closed) stop = wsClient.subscribe(input, sink);
          });
          return {
            unsubscribe() {
              closed = true;
              stop();
            },
          };
        },
      };
    },
  });
}

export function createTelkaClient(): Client {
  return new Client({
    url: '/graphql',
    // Apollo's CSRF prevention wants a JSON POST for every operation.
    preferGetMethod: false,
    fetchOptions: { credentials: 'include' },
    exchanges: [
      cacheExchange({
        keys: {
          PageInfo: () => null,
          OrganisationEdge: () => null,
          OrganisationConnection: () => null,
          SectorCount: () => null,
          DirectoryStats: () => null,
          About: () => null,
          InvitationCreated: () => null,
          InvitationPreview: () => null,
          PartnershipConnection: () => null,
          PartnershipEdge: () => null,
          PartnershipParty: () => null,
          PartnershipFigures: () => null,
          PartnershipStatusCount: () => null,
          PartnershipScopeCount: () => null,
          TimelineEntry: () => null,
          InitiativeConnection: () => null,
          InitiativeEdge: () => null,
          SectorSupport: () => null,
          // Keyed by nothing of its own: kept inside its initiative, which is refetched after changes.
          CoProposer: () => null,
          CommentConnection: () => null,
          CommentEdge: () => null,
          CommentFlagView: () => null,
          SearchHit: () => null,
        },
        resolvers: {
          // "Show more comments" asks for the next page; the pages join into one list.
          Initiative: { comments: relayPagination() },
        },
        updates: {
          Mutation: {
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
            createInitiative: (_result, _args, cache) => invalidateQueryField(cache, 'initiatives'),
            updateInitiative: (_result, _args, cache) => invalidateQueryField(cache, 'initiatives'),
            submitInitiative: (_result, args, cache) => invalidateInitiative(cache, args.id as string),
            withdrawInitiative: (_result, args, cache) => invalidateInitiative(cache, args.id as string),
            transitionInitiative: (_result, args, cache) =>
              invalidateInitiative(cache, (args.input as { id: string }).id),
            inviteCoProposer: (_result, args, cache) => invalidateInitiative(cache, args.initiativeId as string),
            respondToCoProposal: (_result, args, cache) => invalidateInitiative(cache, args.initiativeId as string),
            endorseInitiative: (_result, args, cache) =>
              invalidateInitiative(cache, (args.input as { initiativeId: string }).initiativeId),
            withdrawEndorsement: (_result, args, cache) => invalidateInitiative(cache, args.initiativeId as string),
            flagComment: (_result, _args, cache) => invalidateQueryField(cache, 'moderationQueue'),
            hideComment: (_result, _args, cache) => invalidateQueryField(cache, 'moderationQueue'),
            dismissCommentFlags: (_result, _args, cache) => invalidateQueryField(cache, 'moderationQueue'),
            acceptInvitation: (result, _args, cache) => {
              const affiliation = result.acceptInvitation as { organisation?: { id: string } } | null;
              if (affiliation?.organisation) {
                cache.invalidate({ __typename: 'Organisation', id: affiliation.organisation.id }, 'representatives');
              }
              invalidateQueryField(cache, 'me');
            },
          },
        },
      }),
      fetchExchange,
      lazySubscriptionExchange(),
    ],
  });
}

/** The app's client; replaced on sign-in and sign-out so nothing cached for one viewer leaks to the next. */
export const client = shallowRef<Client>(createTelkaClient());

export function resetClient(): void {
  client.value = createTelkaClient();
}
