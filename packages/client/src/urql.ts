import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import type { Client as WsClient } from 'graphql-ws';
import { shallowRef } from 'vue';
import { accountCache } from '@/features/accounts/cache';
import { discussionCache } from '@/features/discussion/cache';
import { initiativeCache } from '@/features/initiatives/cache';
import { organisationCache } from '@/features/organisations/cache';
import { partnershipCache } from '@/features/partnerships/cache';
import { searchCache } from '@/features/search/cache';
import { busyRetryExchange } from '@/lib/busyRetryExchange';
import { composeCacheRules, embedded, type CacheRules } from '@/lib/cache';

/** What every feature shares: page info, and the LAG's own "about" answer read by several pages. */
const sharedCache: CacheRules = { keys: embedded('PageInfo', 'About') };

const cacheRules = composeCacheRules([
  sharedCache,
  accountCache,
  organisationCache,
  initiativeCache,
  discussionCache,
  partnershipCache,
  searchCache,
]);

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
      cacheExchange(cacheRules),
      // The server advises 5 s when busy: two more tries keep a page loading for about 10 s at most.
      busyRetryExchange({ maxRetries: 2, maxDelayMs: 30_000 }),
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
