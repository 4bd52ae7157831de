import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { Logger } from 'pino';

/** A message as it leaves Telka: both bodies, and headers mail clients act on. */
export type OutgoingMessage = {
  /** Stable per queued mail, so a retried delivery is recognisable as the same message. */
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** RFC 2369 / RFC 8058: mail clients offer "unsubscribe" and may do it in one click. */
  listUnsubscribe?: string;
};

export type MailTransport = {
  /** Resolves once the message is accepted (by the SMTP server, or written to its file). */
  send(message: OutgoingMessage): Promise<void>;
  close(): void;
};

/**
 * SMTP when `smtpUrl` is given (`smtp://user:pass@host:587`, `smtps://…`); otherwise each message
 * is written as an `.eml` file under `<dataDir>/mail` and the log names it, so a person trying
 * Telka reads what would have been sent.
 */
export function createMailTransport(smtpUrl: string | undefined, dataDir: string, logger: Logger): MailTransport {
  if (smtpUrl) {
    const url = new URL(smtpUrl);
    // A hanging server must fail the attempt, so the job is retried later, not held forever.
    for (const [name, ms] of [
      ['connectionTimeout', 10_000],
      ['greetingTimeout', 10_000],
      ['socketTimeout', 30_000],
    ] as const)
      if (!url.searchParams.has(name)) url.searchParams.set(name, String(ms));
    const smtp = nodemailer.createTransport(url.toString());
    return { send: async (message) => void (await smtp.sendMail(mailOptions(message))), close: () => smtp.close() };
  }
  const folder = path.join(dataDir, 'mail');
  const files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    send: async (message) => {
      const { message: raw } = (await files.sendMail(mailOptions(message))) as { message: Buffer };
      await mkdir(folder, { recursive: true });
      const file = path.join(
        folder,
        `${new Date().toISOString().replace(/[:.]/g, '-')}-${fileSafe(message.messageId)}.eml`,
      );
      await writeFile(file, raw);
      logger.info({ to: message.to, subject: message.subject, file }, 'mail written to a file (no SMTP_URL is set)');
    },
    close: () => files.close(),
  };
}

function mailOptions(message: OutgoingMessage): SendMailOptions {
  return {
    messageId: message.messageId,
    from: message.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    ...(message.listUnsubscribe && {
      list: { unsubscribe: { url: message.listUnsubscribe, comment: 'Unsubscribe' } },
      headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    }),
  };
}

function fileSafe(messageId: string): string {
  return messageId.replace(/[^a-zA-Z0-9-]/g, '');
}
