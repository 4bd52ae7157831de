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
 *
 * Nothing published while a subscription was not yet running (between a page's query and its
 * subscription starting) or while the socket was down (until it reconnects) ever reaches it. A
 * subscription whose context names `onSubscribed` has it called each time it starts on a connected
 * socket, the first time and after every reconnect, so the page can read again what it may have missed.
 */
function lazySubscriptionExchange() {
  let ws: Promise<WsClient> | null = null;
  let connected = false;
  const connect = () =>
    (ws ??= import('graphql-ws').then(({ createClient }) => {
      const wsClient = createClient({
        url: `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`,
        lazy: true,
      });
      wsClient.on('connected', () => (connected = true));
      wsClient.on('closed', () => (connected = false));
      return wsClient;
    }));
  return subscriptionExchange({
    forwardSubscription(request, operation) {
      const input = { ...request, query: request.query ?? '' };
      const onSubscribed = operation.context.onSubscribed as (() => void) | undefined;
      // graphql-ws sends the subscription just after it announces the connection: reading again
      // a task later lets it go first, so the read cannot fall before the subscription starts.
      const started = () => setTimeout(() => onSubscribed?.(), 0);
      return {
        subscribe(sink) {
          let closed = false;
          let stop = () => {};
          void connect().then((wsClient) => {
            if (closed) return;
            const stopListening = wsClient.on('connected', started);
            const unsubscribe = wsClient.subscribe(input, sink);
            if (connected) started();
            stop = () => {
              stopListening();
              unsubscribe();
            };
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
