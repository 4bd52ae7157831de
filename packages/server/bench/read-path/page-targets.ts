import pg from 'pg';
import type { PageTargets } from './pages.js';

/**
 * Picks the initiatives the pages open, from the data in place. The page opened under load is
 * the median of the published initiatives that fill a first page of threads, so it grows with
 * the data set only as an ordinary discussion does (the busiest one grows a hundredfold).
 */
export async function pageTargets(databaseUrl: string, searchText: string): Promise<PageTargets> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string; threads: number }>(`
      select i.slug, count(*)::int as threads
        from initiative i join comment c on c.initiative_id = i.id and c.parent_id is null
       where i.status <> 'DRAFT'
       group by i.id, i.slug
      having count(*) >= 5
       order by threads, i.slug`);
    if (!rows.length) throw new Error('no published initiative has 5 threads; is the data set in place?');
    return {
      initiativeSlug: rows[Math.floor(rows.length / 2)]!.slug,
      busiestInitiativeSlug: rows.at(-1)!.slug,
      searchText,
    };
  } finally {
    await client.end();
  }
}
