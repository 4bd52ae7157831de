import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { initORM } from '../database/orm.js';
import { FileStores } from '../files/file-stores.js';
import { createLivePubSub } from '../live/pubsub.js';
import { MailQueue } from '../mail/mail-queue.js';
import { startBackground } from './background.js';

export type WorkerProcess = { stop(): Promise<void> };

/**
 * `--worker`: background jobs alone, no HTTP, for deployments that run them apart from the web
 * servers (which then set TELKA_RUN_JOBS=false). It works on the servers' database, so it needs
 * DATABASE_URL; live events reach browsers through Redis when REDIS_URL is set.
 */
export async function startWorkerProcess(config: Config, logger: Logger): Promise<WorkerProcess> {
  if (!config.databaseUrl)
    throw new Error('--worker needs DATABASE_URL: it runs the jobs of the database the servers use.');
  const orm = await initORM(config.databaseUrl, logger, config.load);
  const live = createLivePubSub(config.redisUrl, logger);
  const files = await FileStores.configured(orm, config.files);
  const background = await startBackground(
    { config, orm, logger, mail: MailQueue.configured(config), pubSub: live.pubSub, files },
    config.databaseUrl,
  );
  return {
    stop: async () => {
      await background.stop();
      files.close();
      await live.close();
      await orm.close(true);
    },
  };
}
