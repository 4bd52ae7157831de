import type { EntityManager } from '@mikro-orm/postgresql';

/** A URL-safe, readable slug: `Elektrėnų kaimo bendruomenė` → `elektrenu-kaimo-bendruomene`. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** The pattern every slug column checks. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A slug of `text` not yet used in `table`, numbered when taken: `vievio-bendruomene`,
 * `vievio-bendruomene-2`. The table's unique key still decides a race.
 */
export async function freeSlug(em: EntityManager, table: string, text: string, fallback: string): Promise<string> {
  const base = slugify(text) || fallback;
  const rows = (await em.getKnex()(table).select('slug').where('slug', base).orWhere('slug', 'like', `${base}-%`)) as {
    slug: string;
  }[];
  const taken = new Set(rows.map((row) => row.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
