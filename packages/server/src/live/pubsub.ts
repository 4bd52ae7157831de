import { setMaxListeners } from 'node:events';
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';
import { throttledLog } from '../logging/throttled-log.js';
import { RedisEventTarget } from './redis-event-target.js';

/** The events of live updates, each routed by the initiative or the person it concerns. */
export type LiveEvents = {
  COMMENT_ADDED: [initiativeId: string, payload: { commentId: string }];
  INITIATIVE_CHANGED: [initiativeId: string, payload: { initiativeId: string }];
  /** A person's notifications changed (one arrived, or some were read): their unread count moves. */
  NOTIFICATIONS_CHANGED: [userId: string, payload: { userId: string }];
};

/** `unreachable` only when Redis is configured and down: readiness reports it. */
export type RedisState = 'not configured' | 'reachable' | 'unreachable';

export type LivePubSub = { pubSub: PubSub<LiveEvents>; redisState(): RedisState; close(): Promise<void> };

const redisOptions: RedisOptions = {
  // An event published while Redis is away fails at once rather than piling up in memory.
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  // Back within half a second of Redis returning; connection attempts to a closed port are cheap.
  retryStrategy: (attempt) => Math.min(attempt * 50, 500),
  // RedisEventTarget subscribes again itself, also to topics first followed during an outage.
  autoResubscribe: false,
};

/**
 * In-process events, or with `redisUrl` events that cross server processes through Redis
 * pub/sub, so any instance behind a load balancer serves any subscriber. Redis being away
 * never fails a write or the process: events are lost meanwhile, and ioredis reconnects.
 */
export function createLivePubSub(redisUrl: string | undefined, logger: Logger): LivePubSub {
  if (!redisUrl) {
    const eventTarget = new EventTarget();
    // Hundreds may follow one initiative on a busy day: many listeners on one topic are no leak.
    setMaxListeners(0, eventTarget);
    return {
      pubSub: createPubSub<LiveEvents>({ eventTarget: eventTarget as never }),
      redisState: () => 'not configured',
      close: async () => undefined,
    };
  }
  // An outage fails every event and every reconnection attempt: a line a minute says enough.
  const log = throttledLog(logger, 60_000);
  const publisher = new Redis(redisUrl, { ...redisOptions, connectionName: 'telka-publish' });
  const subscriber = new Redis(redisUrl, { ...redisOptions, connectionName: 'telka-subscribe' });
  for (const client of [publisher, subscriber]) {
    // Without a listener ioredis prints every failed reconnection attempt.
    client.on('error', (error: unknown) => log('warn', 'Redis is unreachable', { err: error }));
    client.on('ready', () => logger.info({ connection: client.options.connectionName }, 'Redis connection ready'));
  }
  const eventTarget = new RedisEventTarget(publisher, subscriber, log);
  return {
    pubSub: createPubSub<LiveEvents>({ eventTarget: eventTarget as never }),
    redisState: () => (eventTarget.reachable ? 'reachable' : 'unreachable'),
    close: async () => {
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
