import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashToken, newToken } from '../common/tokens.js';
import type { Config } from '../config.js';
import { enqueueJob } from '../jobs/enqueue.js';
import type { MailContent, MailLanguage } from './mail-content.js';
import { renderMail, type MailBrand } from './mail-layout.js';

export const sendMailJob = 'mail.send';

export type QueuedMail = {
  to: string;
  /** The account it is for, when it is for one (not an invitation to a new address). */
  userId?: string;
  language: MailLanguage;
  content: MailContent;
  /**
   * For mail that is not strictly transactional: what one click on "unsubscribe" turns off
   * (a notification kind, or a digest); the owner of that choice reads it back by the token.
   */
  unsubscribe?: { userId: string; scope: string };
};

/**
 * Mail leaves Telka through a table: a message is written in the transaction of the change that
 * caused it, with the job that sends it, so it exists exactly when the change does and is sent
 * after the commit, retried until the mail server takes it (`send-mail.task.ts`).
 */
export class MailQueue {
  constructor(private readonly brand: MailBrand & { from: string }) {}

  static configured(config: Pick<Config, 'publicUrl' | 'lagName' | 'mailFrom'>): MailQueue {
    return new MailQueue({ publicUrl: config.publicUrl, lagName: config.lagName, from: config.mailFrom });
  }

  /** Where a path of the client is, for links in mail. */
  link(path: string): string {
    return new URL(path, this.brand.publicUrl).toString();
  }

  async queue(em: EntityManager, mail: QueuedMail): Promise<string> {
    const id = randomUUID();
    const unsubscribeToken = mail.unsubscribe ? newToken() : undefined;
    const unsubscribeUrl = unsubscribeToken ? this.link(`/unsubscribe/${unsubscribeToken}`) : undefined;
    const rendered = renderMail(mail.content, mail.language, this.brand, unsubscribeUrl);
    await em.execute(
      `insert into outgoing_mail (id, user_id, recipient, sender, subject, text_body, html_body,
         list_unsubscribe, unsubscribe_token_hash, unsubscribe_user_id, unsubscribe_scope)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        mail.userId ?? null,
        mail.to,
        this.brand.from,
        rendered.subject,
        rendered.text,
        rendered.html,
        unsubscribeUrl ?? null,
        unsubscribeToken ? hashToken(unsubscribeToken) : null,
        mail.unsubscribe?.userId ?? null,
        mail.unsubscribe?.scope ?? null,
      ],
    );
    await enqueueJob(em, sendMailJob, { id }, { jobKey: `mail:${id}`, maxAttempts: 25 });
    return id;
  }
}
