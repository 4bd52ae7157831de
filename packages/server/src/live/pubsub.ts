import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';

/** The events of live updates, each routed by the initiative it concerns. */
export type LiveEvents = {
  COMMENT_ADDED: [initiativeId: string, payload: { commentId: string }];
  INITIATIVE_CHANGED: [initiativeId: string, payload: { initiativeId: string }];
};

export type LivePubSub = { pubSub: PubSub<LiveEvents>; close(): Promise<void> };

/**
 * In-process events, or with `redisUrl` events that cross server processes through Redis
 * pub/sub, so any instance behind a load balancer serves any subscriber.
 */
export function createLivePubSub(redisUrl: string | undefined): LivePubSub {
  if (!redisUrl) return { pubSub: createPubSub<LiveEvents>(), close: async () => undefined };
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const eventTarget = createRedisEventTarget<CustomEvent>({ publishClient, subscribeClient });
  return {
    pubSub: createPubSub<LiveEvents>({ eventTarget: eventTarget as never }),
    close: async () => {
      await Promise.all([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
