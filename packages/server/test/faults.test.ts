import { rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { readPostmasterLock } from '../src/database/postmaster.js';
import { MailQueue } from '../src/mail/mail-queue.js';
import { Factory, testPassword } from './factories.js';
import { GraphQLClient } from './graphql-client.js';
import { startMailSink } from './mail-sink.js';
import { temporaryDataDir } from './processes.js';
import { createAppOnOwnCluster } from './test-app.js';

/**
 * PostgreSQL killed in the middle of writes, as a crash would: the server lives on, answers 503
 * while the database is away, loses none of the writes it acknowledged, and writes again within a
 * second of the database being back; the same process runs background jobs again too. It kills
 * only the postmaster of its own data folder.
 */
const dataDirs: string[] = [];
afterAll(async () => {
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('PostgreSQL killed under writes', () => {
  it('loses no acknowledged write and writes again within a second of the database returning', async () => {
    const dataDir = await temporaryDataDir('telka-faults-');
    dataDirs.push(dataDir);
    const sink = await startMailSink();
    const app = await createAppOnOwnCluster(dataDir, 24357, { smtpUrl: sink.url });
    const url = await app.listen();
    const databaseUrl = `postgres://postgres:telka-embedded@127.0.0.1:24357/telka`;
    try {
      const factory = new Factory(app.orm);
      const initiative = await factory.initiative(await factory.organisation());
      const user = await factory.user();
      const authors = await Promise.all(
        Array.from({ length: 4 }, () => new GraphQLClient(url).signIn(user.email, testPassword)),
      );

      const acknowledged: { id: string; at: number }[] = [];
      const otherAnswers: string[] = [];
      let writing = true;
      const writer = async (author: GraphQLClient, index: number) => {
        for (let n = 0; writing; n += 1) {
          let status = 0;
          let code: string | undefined;
          try {
            const response = await author.post(
              JSON.stringify({
                query: 'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
                variables: { input: { initiativeId: initiative.id, body: `Rašytojas ${index}, komentaras ${n}` } },
              }),
            );
            status = response.status;
            const body = (await response.json()) as {
              data?: { addComment: { id: string } };
              errors?: { extensions?: { code?: string } }[];
            };
            if (body.data?.addComment) acknowledged.push({ id: body.data.addComment.id, at: Date.now() });
            code = body.errors?.[0]?.extensions?.code;
          } catch (error) {
            otherAnswers.push(`no answer: ${String(error)}`);
          }
          if (code === 'SERVICE_UNAVAILABLE' && status === 503) await sleep(20);
          else if (code) otherAnswers.push(`HTTP ${status} ${code}`);
        }
      };
      const writers = authors.map((author, index) => writer(author, index));

      while (acknowledged.length < 20) await sleep(20);
      const postmaster = (await readPostmasterLock(path.join(dataDir, 'postgres')))!.pid;
      process.kill(postmaster, 'SIGKILL');
      const killedAfter = acknowledged.length;

      // The database is back once it accepts a connection again (the supervisor restarts it).
      let backAt = 0;
      while (!backAt) {
        const probe = new pg.Client({ connectionString: databaseUrl });
        backAt = await probe.connect().then(
          async () => (await probe.end(), Date.now()),
          () => 0,
        );
        if (!backAt) await sleep(10);
      }
      while (!acknowledged.some((write) => write.at >= backAt)) await sleep(10);
      const firstWriteAfter = acknowledged.find((write) => write.at >= backAt)!.at - backAt;
      while (acknowledged.length < killedAfter + 20) await sleep(20);
      writing = false;
      await Promise.all(writers);

      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect(otherAnswers).toEqual([]);
      expect(firstWriteAfter).toBeLessThan(1000);
      const stored = await app.orm.em
        .getKnex()('comment')
        .whereIn(
          'id',
          acknowledged.map((write) => write.id),
        )
        .count<{ count: string }[]>({ count: '*' });
      expect(Number(stored[0]?.count)).toBe(acknowledged.length);

      // The job queue of this process works again: a job queued now runs (job-queue.test.ts shows
      // the runner being started again when the outage stopped it).
      await app.orm.em.fork().transactional((em) =>
        MailQueue.configured(app.config).queue(em, {
          to: 'after-the-crash@example.org',
          language: 'lt',
          content: { subject: 'Po gedimo', greeting: 'Sveiki,', paragraphs: ['Darbai vėl vykdomi.'] },
        }),
      );
      await sink.next('after-the-crash@example.org', /Po gedimo/);
    } finally {
      await app.stop();
    }
  }, 180_000);
});
