import type { Task } from 'graphile-worker';
import type { MailTransport } from './mail-transport.js';

type QueuedRow = {
  recipient: string;
  sender: string;
  subject: string;
  text_body: string;
  html_body: string;
  list_unsubscribe: string | null;
  sent_at: Date | null;
};

/**
 * Sends one queued mail. Idempotent: a mail already sent is not sent again, whatever retried the
 * job. A failure (the mail server is down or refuses) is recorded and thrown, so the queue tries
 * again later with a growing delay; the request that queued the mail was answered long ago.
 * Between the mail server's "accepted" and our `sent_at` a crash would send it once more: the
 * Message-ID stays the same, so mail clients show it once.
 */
export function sendMailTask(transport: MailTransport): Task {
  return async (payload, helpers) => {
    const { id } = payload as { id: string };
    const {
      rows: [mail],
    } = await helpers.query<QueuedRow>(
      `select recipient, sender, subject, text_body, html_body, list_unsubscribe, sent_at
         from outgoing_mail where id = $1`,
      [id],
    );
    if (!mail || mail.sent_at) return;
    try {
      await transport.send({
        messageId: `<${id}@telka>`,
        from: mail.sender,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.text_body,
        html: mail.html_body,
        listUnsubscribe: mail.list_unsubscribe ?? undefined,
      });
    } catch (error) {
      await helpers.query('update outgoing_mail set attempts = attempts + 1, last_error = $2 where id = $1', [
        id,
        String((error as Error)?.message ?? error).slice(0, 500),
      ]);
      throw error;
    }
    await helpers.query(
      `update outgoing_mail set sent_at = now(), attempts = attempts + 1, last_error = null,
         text_body = null, html_body = null
       where id = $1`,
      [id],
    );
  };
}
