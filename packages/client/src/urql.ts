import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { shallowRef } from 'vue';
import { accountCache } from '@/features/accounts/cache';
import { applicationCache } from '@/features/applications/cache';
import { callCache } from '@/features/calls/cache';
import { discussionCache } from '@/features/discussion/cache';
import { initiativeCache } from '@/features/initiatives/cache';
import { notificationCache } from '@/features/notifications/cache';
import { organisationCache } from '@/features/organisations/cache';
import { partnershipCache } from '@/features/partnerships/cache';
import { searchCache } from '@/features/search/cache';
import { busyRetryExchange } from '@/lib/busyRetryExchange';
import type { LiveSocket } from '@/liveSocket';
import { composeCacheRules, embedded, type CacheRules } from '@/lib/cache';

/** What every feature shares: page info, and the LAG's own "about" answer read by several pages. */
const sharedCache: CacheRules = { keys: embedded('PageInfo', 'About') };

const cacheRules = composeCacheRules([
  sharedCache,
  accountCache,
  organisationCache,
  initiativeCache,
  discussionCache,
  notificationCache,
  partnershipCache,
  callCache,
  searchCache,
  applicationCache,
]);

/**
 * Subscriptions go over the live socket (`liveSocket.ts`), loaded only when a page first subscribes.
 *
 * Nothing published while a subscription was not yet running (between a page's query and its
 * subscription starting) or while the socket was down (until it reconnects) ever reaches it. A
 * subscription whose context names `onSubscribed` has it called each time it starts on a connected
 * socket, so the page can read again what it may have missed.
 */
function lazySubscriptionExchange() {
  let socket: Promise<LiveSocket> | null = null;
  const connect = () => (socket ??= import('./liveSocket').then(({ createLiveSocket }) => createLiveSocket()));
  return subscriptionExchange({
    forwardSubscription(request, operation) {
      const input = { ...request, query: request.query ?? '' };
      const onSubscribed = operation.context.onSubscribed as (() => void) | undefined;
      return {
        subscribe(sink) {
          let closed = false;
          let stop = () => {};
          void connect().then((live) => {
            if (!closed) stop = live.subscribe(input, sink, onSubscribed);
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
      busyRetryExchange(2),
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
