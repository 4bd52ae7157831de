import type { CronItem, TaskList } from 'graphile-worker';
import { passwordResetJob } from '../accounts/account-tokens.js';
import { passwordResetTask } from '../accounts/password-reset.task.js';
import { sendMailJob } from '../mail/mail-queue.js';
import { sendMailTask } from '../mail/send-mail.task.js';
import type { JobContext } from './job-context.js';

/** Every kind of background job, by the name it is queued under, and what runs on a schedule. */
export function jobTasks(context: JobContext): { tasks: TaskList; schedule: CronItem[] } {
  return {
    tasks: {
      [sendMailJob]: sendMailTask(context.mailTransport),
      [passwordResetJob]: passwordResetTask(context),
    },
    schedule: [],
  };
}
