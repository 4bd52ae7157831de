import { createMailTransport } from '../mail/mail-transport.js';
import type { JobContext } from './job-context.js';
import { startJobQueue } from './job-queue.js';
import { jobTasks } from './tasks.js';

export type Background = { stop(): Promise<void> };

/** Runs Telka's background jobs in this process (the server's, or a `--worker`'s) until stopped. */
export async function startBackground(
  context: Omit<JobContext, 'mailTransport'>,
  databaseUrl: string,
): Promise<Background> {
  const { config, logger } = context;
  const mailTransport = createMailTransport(config.smtpUrl, config.dataDir, logger);
  const { tasks, schedule } = jobTasks({ ...context, mailTransport });
  const jobQueue = await startJobQueue({ databaseUrl, logger, tasks, schedule, concurrency: config.jobConcurrency });
  return {
    stop: async () => {
      // Jobs at work finish (or are released for another process) before the pool closes.
      await jobQueue.stop();
      mailTransport.close();
    },
  };
}
