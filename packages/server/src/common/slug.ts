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
