import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, type TelkaApp } from '../app.js';
import { startMailSink } from '../../test/mail-sink.js';
import { startProcess, temporaryDataDir } from '../../test/processes.js';
import { createTestApp } from '../../test/test-app.js';
import { MailQueue } from './mail-queue.js';

/**
 * Mail through a real SMTP server in the test process: queued in the transaction of its change,
 * sent after the commit by the job queue, retried through an outage, delivered once.
 */
const sink = await startMailSink();
const queue = new MailQueue({
  publicUrl: 'https://telka.example',
  lagName: 'Elektrėnų VVG',
  from: 'Telka <telka@example.org>',
});

function letter(subject: string) {
  return {
    subject,
    greeting: 'Sveiki, Rasa,',
    paragraphs: ['Jūsų iniciatyva <„Kaimo šventė“> gavo naują komentarą.'],
    action: { label: 'Atidaryti', url: queue.link('/iniciatyvos/kaimo-svente') },
  };
}

async function queueIn(app: TelkaApp, to: string, subject: string, options: { rollBack?: boolean } = {}) {
  await app.orm.em
    .fork()
    .transactional(async (em) => {
      await queue.queue(em, { to, language: 'lt', content: letter(subject), unsubscribe: undefined });
      if (options.rollBack) throw new Error('rolled back');
    })
    .catch((error: Error) => {
      if (error.message !== 'rolled back') throw error;
    });
}

async function sentCount(app: TelkaApp, subject: string): Promise<number> {
  const [row] = await app.orm.em
    .fork()
    .execute<{ count: string }[]>('select count(*) from outgoing_mail where subject = ? and sent_at is not null', [
      subject,
    ]);
  return Number(row!.count);
}

describe('mail', () => {
  it('is sent after its transaction commits, as HTML and plain text with the LAG’s name and the link', async () => {
    const app = await createTestApp({ smtpUrl: sink.url, runJobs: true });
    await queueIn(app, 'rasa@example.org', 'Naujas komentaras');
    const mail = await sink.next('rasa@example.org', /Naujas komentaras/);
    expect(mail.from?.value[0]).toMatchObject({ name: 'Telka', address: 'telka@example.org' });
    expect(mail.text).toContain('Elektrėnų VVG');
    expect(mail.text).toContain('Atidaryti: https://telka.example/iniciatyvos/kaimo-svente');
    // User content is text in both bodies: escaped in HTML, never markup.
    expect(mail.html).toContain('&lt;„Kaimo šventė“&gt;');
    expect(mail.html).not.toContain('<„Kaimo');
    expect(mail.messageId).toMatch(/@telka>$/);
    await expect.poll(() => sentCount(app, 'Naujas komentaras')).toBe(1);
    // Once the mail server has it, Telka keeps that it was sent, not a copy of the letter.
    const [row] = await app.orm.em
      .fork()
      .execute<{ text_body: string | null }[]>('select text_body from outgoing_mail where subject = ?', [
        'Naujas komentaras',
      ]);
    expect(row!.text_body).toBeNull();
  });

  it('is not sent when the change that queued it is rolled back', async () => {
    const app = await createTestApp({ smtpUrl: sink.url, runJobs: true });
    await queueIn(app, 'rollback@example.org', 'Atšaukta', { rollBack: true });
    await queueIn(app, 'rollback@example.org', 'Po atšaukimo');
    await sink.next('rollback@example.org', /Po atšaukimo/);
    expect(sink.received.filter((mail) => mail.subject === 'Atšaukta')).toHaveLength(0);
  });

  it('waits out a failing mail server and is delivered once it is back, once', async () => {
    const app = await createTestApp({ smtpUrl: sink.url, runJobs: true });
    sink.refusing = true;
    const refusedBefore = sink.refused;
    await queueIn(app, 'outage@example.org', 'Per sutrikimą');
    await expect.poll(() => sink.refused, { timeout: 20_000 }).toBeGreaterThan(refusedBefore);
    // The refusal is recorded by the job just after the mail server gave it.
    const attempt = () =>
      app.orm.em
        .fork()
        .execute<{ attempts: number; last_error: string }[]>(
          'select attempts, last_error from outgoing_mail where subject = ?',
          ['Per sutrikimą'],
        )
        .then(([row]) => row);
    await expect
      .poll(attempt, { timeout: 20_000 })
      .toMatchObject({ attempts: 1, last_error: expect.stringContaining('try again later') });
    sink.refusing = false;
    await sink.next('outage@example.org', /Per sutrikimą/);
    await expect.poll(() => sentCount(app, 'Per sutrikimą')).toBe(1);
    expect(sink.received.filter((mail) => mail.subject === 'Per sutrikimą')).toHaveLength(1);
  });

  // Starting three servers and a worker process takes a while on a busy machine.
  it('queued while no worker runs is sent by the next process to start, and two processes send each mail once', async () => {
    const first = await createTestApp({ smtpUrl: sink.url });
    const subjects = Array.from({ length: 12 }, (_, n) => `Kartą ${n}`);
    for (const subject of subjects) await queueIn(first, 'once@example.org', subject);
    expect(sink.received.filter((mail) => subjects.includes(mail.subject ?? ''))).toHaveLength(0);

    // Two workers on the same database, as two server instances would be.
    const workers = await Promise.all(
      [0, 1].map(() =>
        createApp({
          config: { ...first.config, port: 0, runJobs: true, smtpUrl: sink.url },
          logger: pino({ level: 'silent' }),
        }),
      ),
    );
    try {
      await expect
        .poll(() => sink.received.filter((mail) => subjects.includes(mail.subject ?? '')).length, { timeout: 30_000 })
        .toBe(12);
      // Give a double delivery the time to show itself.
      await queueIn(first, 'once@example.org', 'Paskutinis');
      await sink.next('once@example.org', /Paskutinis/);
      const ids = sink.received.filter((mail) => subjects.includes(mail.subject ?? '')).map((mail) => mail.messageId);
      expect(new Set(ids).size).toBe(12);
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
  }, 90_000);
});

describe('a `--worker` process', () => {
  it('sends the mail of servers that run no jobs themselves', async () => {
    const app = await createTestApp({ smtpUrl: sink.url });
    const worker = startProcess(
      process.execPath,
      ['--import', '@swc-node/register/esm-register', 'src/main.ts', '--worker'],
      {
        DATABASE_URL: app.config.databaseUrl,
        SMTP_URL: sink.url,
        LOG_LEVEL: 'info',
      },
    );
    try {
      await worker.untilOutput('running its background jobs');
      await queueIn(app, 'worker@example.org', 'Iš atskiro proceso');
      await sink.next('worker@example.org', /Iš atskiro proceso/);
    } finally {
      await worker.stop();
    }
    expect(await worker.exited).toBe(0);
  }, 90_000);
});

describe('mail without SMTP_URL', () => {
  const dataDirs: string[] = [];
  afterAll(() => Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('is written as an .eml file under the data folder, and the log names it', async () => {
    const dataDir = await temporaryDataDir('telka-mail-');
    dataDirs.push(dataDir);
    const lines: string[] = [];
    const app = await createTestApp(
      { dataDir, smtpUrl: undefined, runJobs: true },
      { logger: pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }) },
    );
    await queueIn(app, 'file@example.org', 'Į failą');
    const folder = path.join(dataDir, 'mail');
    await expect.poll(async () => (await readdir(folder).catch(() => [])).length, { timeout: 20_000 }).toBe(1);
    const [file] = await readdir(folder);
    const raw = await readFile(path.join(folder, file!), 'utf8');
    expect(raw).toContain('To: file@example.org');
    expect(raw).toMatch(/Subject: =\?UTF-8\?Q\?=C4=AE_fail/);
    expect(lines.join('')).toContain(file);
  });
});
