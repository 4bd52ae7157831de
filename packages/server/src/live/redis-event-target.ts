import type { Redis } from 'ioredis';
import type { throttledLog } from '../logging/throttled-log.js';

type Listener = ((event: CustomEvent) => void) | { handleEvent(event: CustomEvent): void };

/**
 * The event target of @graphql-yoga/subscription's pub/sub over Redis channels, one per topic.
 * Unlike @graphql-yoga/redis-event-target it never leaves a Redis command's rejection unhandled
 * (an outage would end the process), and it subscribes again to every followed topic whenever
 * the subscriber connection becomes ready, including topics first followed while Redis was away.
 */
export class RedisEventTarget {
  private readonly listeners = new Map<string, Set<Listener>>();
  /** Whether Redis holds a subscription for every followed topic. */
  private synced = false;

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly log: ReturnType<typeof throttledLog>,
  ) {
    subscriber.on('message', (topic: string, message: string) => this.deliver(topic, message));
    subscriber.on('ready', () => void this.resubscribe());
    subscriber.on('close', () => (this.synced = false));
  }

  /** Redis takes and delivers events: both connections are up and every topic is subscribed. */
  get reachable(): boolean {
    return this.publisher.status === 'ready' && this.subscriber.status === 'ready' && this.synced;
  }

  addEventListener(topic: string, listener: Listener | null): void {
    if (!listener) return;
    let listeners = this.listeners.get(topic);
    if (!listeners) {
      listeners = new Set();
      this.listeners.set(topic, listeners);
      this.subscriber.subscribe(topic).catch((error: unknown) => this.unreachable(error));
    }
    listeners.add(listener);
  }

  removeEventListener(topic: string, listener: Listener | null): void {
    const listeners = this.listeners.get(topic);
    if (!listener || !listeners?.delete(listener) || listeners.size > 0) return;
    this.listeners.delete(topic);
    // Unsubscribed anyway when the connection drops; a failure here leaves nothing behind.
    this.subscriber.unsubscribe(topic).catch(() => undefined);
  }

  /** Publishes without waiting: the write behind the event has committed, and an event lost to an outage is only late news. */
  dispatchEvent(event: CustomEvent): boolean {
    this.publisher
      .publish(event.type, JSON.stringify(event.detail ?? null))
      .catch((error: unknown) => this.log('warn', 'a live event was lost: Redis is unreachable', { err: error }));
    return true;
  }

  private async resubscribe(): Promise<void> {
    const topics = [...this.listeners.keys()];
    try {
      if (topics.length) await this.subscriber.subscribe(...topics);
      this.synced = true;
    } catch (error) {
      this.unreachable(error);
    }
  }

  private unreachable(error: unknown): void {
    this.synced = false;
    this.log('warn', 'live events wait for Redis: subscribing failed', { err: error });
  }

  private deliver(topic: string, message: string): void {
    const listeners = this.listeners.get(topic);
    if (!listeners) return;
    let detail: unknown;
    try {
      detail = JSON.parse(message);
    } catch {
      // Only Telka publishes on these channels; anything else there is noise, never a reason to fall over.
      return this.log('warn', 'a live event that is not JSON was ignored', { topic });
    }
    const event = new CustomEvent(topic, { detail });
    for (const listener of listeners) {
      if (typeof listener === 'function') listener(event);
      else listener.handleEvent(event);
    }
  }
}
