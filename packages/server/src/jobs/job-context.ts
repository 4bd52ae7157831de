import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { FileStores } from '../files/file-stores.js';
import type { LivePubSub } from '../live/pubsub.js';
import type { MailQueue } from '../mail/mail-queue.js';
import type { MailTransport } from '../mail/mail-transport.js';

/** What background jobs work with: the same parts a request has, without a request. */
export type JobContext = {
  config: Config;
  orm: MikroORM;
  logger: Logger;
  mail: MailQueue;
  mailTransport: MailTransport;
  pubSub: LivePubSub['pubSub'];
  files: FileStores;
};
