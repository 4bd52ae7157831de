import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { expect } from 'vitest';
import { afterFile } from './after-file.js';

export type MailSink = {
  /** `smtp://127.0.0.1:<port>` for `SMTP_URL`. */
  url: string;
  /** Every message accepted so far, parsed. */
  received: ParsedMail[];
  /** While true, every message is refused with a temporary failure (451), as a failing server would. */
  refusing: boolean;
  /** How many deliveries were refused. */
  refused: number;
  /** The first message `to` receives whose subject matches, once it has arrived. */
  next(to: string, subject?: RegExp): Promise<ParsedMail>;
  /** The link of the message's plain text that starts with `prefix` (a page of the client). */
  link(mail: ParsedMail, prefix: string): string;
};

/** A real SMTP server in the test process (smtp-server), parsing what it accepts (mailparser). */
export async function startMailSink(): Promise<MailSink> {
  const sink: MailSink = {
    url: '',
    received: [],
    refusing: false,
    refused: 0,
    next: (to, subject) =>
      expect
        .poll(
          () => sink.received.find((mail) => addressedTo(mail, to) && (!subject || subject.test(mail.subject ?? ''))),
          {
            timeout: 30_000,
            interval: 50,
          },
        )
        .toBeDefined()
        .then(() =>
          sink.received.find((mail) => addressedTo(mail, to) && (!subject || subject.test(mail.subject ?? '')))!,
        ),
    link: (mail, prefix) => {
      const found = (mail.text ?? '').match(new RegExp(`${escapeRegExp(prefix)}\\S*`));
      if (!found) throw new Error(`no link starting ${prefix} in:\n${mail.text}`);
      return found[0];
    },
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1_000,
    onData(stream, _session, callback) {
      if (sink.refusing) {
        sink.refused += 1;
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('try again later'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream).then(
        (mail) => {
          sink.received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  afterFile(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return sink;
}

function addressedTo(mail: ParsedMail, to: string): boolean {
  const recipients = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return recipients.some((group) => group.value.some((address) => address.address === to));
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
