import { renderMarkdown } from '../../../common/markdown.js';
import { seedId } from '../ids.js';
import type { EldershipCode, ReferenceIds } from '../reference.js';
import type { PersonKey } from './accounts.js';
import { BOARD_TERM } from './board.js';
import type { DemoClock } from './clock.js';
import type { InitiativeKey } from './initiatives.js';
import { STRATEGY, type MeasureCode } from './lag.js';
import type { OrgKey } from './organisations.js';

export type Row = Record<string, string | number | boolean | Date | Buffer | null | readonly string[]>;
/** Tables in the order their foreign keys allow, each with its rows. */
export type DemoRows = [table: string, rows: Row[]][];

/** The ids of rows that other features' rows point at, derived from the story's keys. */
export const ids = {
  organisation: (slug: OrgKey) => seedId('organisation', slug),
  user: (key: PersonKey) => seedId('app_user', key),
  initiative: (slug: InitiativeKey) => seedId('initiative', slug),
  strategy: () => seedId('strategy', STRATEGY.key),
  /** `position` is 1-based, as the strategy numbers its priorities. */
  priority: (position: number) => seedId('strategy_priority', String(position)),
  measure: (code: MeasureCode) => seedId('measure', code),
  comment: (key: string) => seedId('comment', key),
  boardSeat: (seat: number) => seedId('board_seat', `${BOARD_TERM.start}/${seat}`),
};

export const cents = (eur: number) => Math.round(eur * 100);

/** A body with the rendering the application stores beside it (common/markdown.ts). */
export function storedMarkdown(body: string): Row {
  const { html, text } = renderMarkdown(body);
  return { body, body_html: html, body_text: text };
}

/** What the rows of one seeding run depend on: its clock and the database's reference ids. */
export type RowContext = {
  readonly clock: DemoClock;
  readonly reference: ReferenceIds;
  /** The id of an eldership, or null for none. */
  eldership(code: EldershipCode | undefined): string | null;
};

export function createRowContext(clock: DemoClock, reference: ReferenceIds): RowContext {
  return {
    clock,
    reference,
    eldership: (code) => (code === undefined ? null : (reference.elderships.get(code) ?? null)),
  };
}
