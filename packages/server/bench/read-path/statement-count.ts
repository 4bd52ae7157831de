import 'reflect-metadata';
import { pino } from 'pino';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { ask } from './load.js';
import type { Page } from './pages.js';

export type StatementCounts = { atTen: number; atHundred: number };

/**
 * SQL statements Telka runs for one request of each page at page sizes 10 and 100. Counted in
 * an in-process Telka of this checkout's sources (the child process cannot be listened to):
 * every statement knex sends fires its `query` event, as organisations.test.ts counts them. It
 * runs no background jobs, whose statements would be counted with a request's (the hourly job,
 * caught up on start, read while the first page was counted).
 */
export async function countStatements(databaseUrl: string, pages: Page[]): Promise<Map<Page, StatementCounts>> {
  const app = await createApp({
    config: { ...loadConfig({}), port: 0, host: '127.0.0.1', databaseUrl, clientDir: undefined, runJobs: false },
    logger: pino({ level: 'silent' }),
  });
  try {
    const url = await app.listen();
    const knex = app.orm.em.getKnex();
    let statements = 0;
    const count = () => statements++;
    knex.on('query', count);
    const once = async (page: Page, size: number) => {
      await ask(url, page.atPageSize(size)); // first use: caches, prepared plans
      statements = 0;
      await ask(url, page.atPageSize(size));
      return statements;
    };
    const counts = new Map<Page, StatementCounts>();
    for (const page of pages) counts.set(page, { atTen: await once(page, 10), atHundred: await once(page, 100) });
    knex.removeListener('query', count);
    return counts;
  } finally {
    await app.stop();
  }
}
