import type { EntityManager, Knex, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { AccountThrottle } from './accounts/throttle.js';
import type { Viewer } from './accounts/viewer.js';
import type { Config } from './config.js';
import type { FileStores } from './files/file-stores.js';
import type { HttpExchange } from './http/http-exchange.js';
import type { LivePubSub } from './live/pubsub.js';
import type { MailQueue } from './mail/mail-queue.js';

/** What lives as long as the process: shared by every request. */
export type AppDependencies = {
  config: Config;
  orm: MikroORM;
  logger: Logger;
  accountThrottle: AccountThrottle;
  pubSub: LivePubSub['pubSub'];
  /** Mail is queued in the transaction of the change that causes it. */
  mail: MailQueue;
  /** Where uploaded files' bytes are kept (database or S3). */
  files: FileStores;
};

/** A class made once per request from its scope: a service, a feature's loaders, a resolver. */
export type Scoped<T> = new (scope: RequestScope) => T;

/**
 * What one request works with, and the GraphQL context: its own EntityManager, its viewer, its
 * HTTP exchange, and one instance per request of each class it asks for (`get`), made when
 * first asked for, so a request pays only for what it uses and every part of it shares the
 * same services and loaders. Features depend on this module; it depends on none of them.
 */
export class RequestScope {
  readonly app: AppDependencies;
  viewer: Viewer;
  /** Absent for subscriptions, which arrive over a WebSocket rather than a request. */
  readonly http?: HttpExchange;
  // Plain fields, not #private: Apollo hands each operation a shallow copy of the context.
  private readonly instances = new Map<Scoped<unknown>, unknown>();
  private forkedEm: EntityManager | undefined;

  constructor(init: Pick<RequestScope, 'app' | 'viewer' | 'http'> & { em?: EntityManager }) {
    this.app = init.app;
    this.forkedEm = init.em;
    this.viewer = init.viewer;
    this.http = init.http;
  }

  /**
   * The request's own EntityManager (identity map, unit of work), for writes and entity reads;
   * forked when first asked for: a page read by read queries alone never needs one.
   */
  get em(): EntityManager {
    return (this.forkedEm ??= this.app.orm.em.fork());
  }

  /** The query builder read queries run on: the pool every request shares, no EntityManager. */
  get knex(): Knex {
    return this.app.orm.em.getKnex();
  }

  /** This request's instance of `Class`. */
  get<T>(Class: Scoped<T>): T {
    let instance = this.instances.get(Class) as T | undefined;
    if (!instance) this.instances.set(Class, (instance = new Class(this)));
    return instance;
  }

  /**
   * Starts afresh with another EntityManager and viewer, forgetting every instance made so far
   * (a subscription does before each event, so it never answers from an earlier event's cache).
   */
  renew(em: EntityManager, viewer: Viewer): void {
    this.forkedEm = em;
    this.viewer = viewer;
    this.instances.clear();
  }
}
