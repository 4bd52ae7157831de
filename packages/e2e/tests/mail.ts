import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import { simpleParser, type ParsedMail } from 'mailparser';

/**
 * The e2e server runs without SMTP_URL, so its mail is written as .eml files into the data folder
 * start-server.mjs gives it. Parsed with mailparser: quoted-printable wraps long lines, and a link
 * cut at a soft line break would be a wrong link.
 */
const mailFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../.data/e2e/mail');

function addressedTo(mail: ParsedMail, to: string): boolean {
  const groups = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return groups.some((group) => group.value.some((address) => address.address === to));
}

/** The newest mail to `to` whose subject matches, waiting for the background job to write it. */
export async function newestMailTo(to: string, subject: RegExp): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(
      async () => {
        // File names start with the time they were written, so the newest sorts last.
        const files = (await readdir(mailFolder).catch(() => [])).filter((file) => file.endsWith('.eml')).sort();
        for (const file of files.reverse()) {
          const mail = await simpleParser(await readFile(path.join(mailFolder, file)));
          if (addressedTo(mail, to) && subject.test(mail.subject ?? '')) return (found = mail);
        }
        return undefined;
      },
      { timeout: 20_000, message: `a mail to ${to} with a subject like ${subject}` },
    )
    .toBeDefined();
  return found!;
}

/** The path (on this server) of the first link in the mail's text that goes to `pagePrefix`. */
export function linkPath(mail: ParsedMail, pagePrefix: string): string {
  const link = (mail.text ?? '').split(/\s+/).find((word) => word.startsWith('http') && word.includes(pagePrefix));
  if (!link) throw new Error(`no link to ${pagePrefix} in:\n${mail.text}`);
  // The mail's links start with TELKA_PUBLIC_URL; the browser stays on the test's own origin.
  return new URL(link).pathname;
}
