import type { Knex } from '@mikro-orm/postgresql';
import { seedId } from './ids.js';

/** The eight elderships (seniūnijos) of Elektrėnai municipality. */
export const ELDERSHIPS = [
  { code: 'beizioniu', name: 'Beižionių seniūnija' },
  { code: 'elektrenu', name: 'Elektrėnų seniūnija' },
  { code: 'giluciu', name: 'Gilučių seniūnija' },
  { code: 'kazokiskiu', name: 'Kazokiškių seniūnija' },
  { code: 'kietaviskiu', name: 'Kietaviškių seniūnija' },
  { code: 'pastrevio', name: 'Pastrėvio seniūnija' },
  { code: 'semeliskiu', name: 'Semeliškių seniūnija' },
  { code: 'vievio', name: 'Vievio seniūnija' },
] as const;
export type EldershipCode = (typeof ELDERSHIPS)[number]['code'];

/** Initiative themes in display order; the LAG's goals in seed.txt name the first five. */
export const THEMES = [
  'BUSINESS',
  'ENVIRONMENT',
  'EDUCATION',
  'CULTURE',
  'SOCIAL_SUPPORT',
  'TOURISM',
  'SPORT',
  'INFRASTRUCTURE',
] as const;
export type ThemeCode = (typeof THEMES)[number];

export type ReferenceIds = {
  elderships: ReadonlyMap<EldershipCode, string>;
  themes: ReadonlyMap<ThemeCode, string>;
};

/**
 * Inserts the elderships and themes that are missing and answers the ids of all of them by
 * code (a database seeded some other way keeps its own ids).
 */
export async function ensureReferenceData(knex: Knex): Promise<ReferenceIds> {
  await knex('eldership')
    .insert(ELDERSHIPS.map(({ code, name }) => ({ id: seedId('eldership', code), code, name })))
    .onConflict()
    .ignore();
  await knex('theme')
    .insert(THEMES.map((code, index) => ({ id: seedId('theme', code), code, position: index + 1 })))
    .onConflict()
    .ignore();

  const elderships = new Map<EldershipCode, string>();
  for (const row of (await knex('eldership').select('id', 'code')) as { id: string; code: string }[]) {
    const known = ELDERSHIPS.find((eldership) => eldership.code === row.code);
    if (known) elderships.set(known.code, row.id);
  }
  const themes = new Map<ThemeCode, string>();
  for (const row of (await knex('theme').select('id', 'code')) as { id: string; code: string }[]) {
    const known = THEMES.find((theme) => theme === row.code);
    if (known) themes.set(known, row.id);
  }
  if (elderships.size !== ELDERSHIPS.length || themes.size !== THEMES.length) {
    throw new Error('The elderships or themes could not be written (a name or code is taken by another row).');
  }
  return { elderships, themes };
}
