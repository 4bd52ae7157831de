import type { CronItem, TaskList } from 'graphile-worker';
import { passwordResetJob } from '../accounts/account-tokens.js';
import { passwordResetTask } from '../accounts/password-reset.task.js';
import { orphanFilesJob, orphanFilesTask } from '../files/orphan-files.task.js';
import { sendMailJob } from '../mail/mail-queue.js';
import { sendMailTask } from '../mail/send-mail.task.js';
import { hourlyJob, hourlyTask } from '../notifications/digests.js';
import { fanOutTask } from '../notifications/fan-out.js';
import { fanOutJob } from '../notifications/notify.js';
import type { JobContext } from './job-context.js';

/** Every kind of background job, by the name it is queued under, and what runs on a schedule. */
export function jobTasks(context: JobContext): { tasks: TaskList; schedule: CronItem[] } {
  return {
    tasks: {
      [sendMailJob]: sendMailTask(context.mailTransport),
      [passwordResetJob]: passwordResetTask(context),
      [fanOutJob]: fanOutTask(context),
      [hourlyJob]: hourlyTask(context),
      [orphanFilesJob]: orphanFilesTask(context),
    },
    schedule: [
      // Digests and follow-up reminders check the hour in Vilnius themselves (schedule.ts); an
      // hour missed while no process ran is caught up on start.
      { task: hourlyJob, match: '0 * * * *', identifier: hourlyJob, options: { backfillPeriod: 60 * 60 * 1000 } },
      // Uploads nobody attached within a day; an hour missed is simply done at the next one.
      { task: orphanFilesJob, match: '30 * * * *', identifier: orphanFilesJob },
    ],
  };
}
