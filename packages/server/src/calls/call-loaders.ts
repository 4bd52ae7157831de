import DataLoader from 'dataloader';
import { readJsonLists } from '../common/json-list.js';
import type { RequestScope } from '../request-scope.js';
import {
  amendmentsList,
  annexesList,
  criteriaList,
  eldershipsList,
  measuresList,
  questionsList,
  type AmendmentView,
  type AnnexView,
  type CriterionView,
  type EldershipView,
  type MeasureView,
  type QuestionView,
} from './call-read.js';

/** A call's text as Markdown, in Lithuanian and (where given) English. */
export type CallSources = { body: string; bodyEn: string | null };

/**
 * The calls feature's per-request batch loaders: one statement per list for a whole page, none
 * for the lists a page read with its own statement (json-list.ts).
 */
export class CallLoaders {
  constructor(private readonly scope: RequestScope) {}

  readonly criteriaByCall = new DataLoader<string, CriterionView[]>((ids) =>
    readJsonLists(this.scope.knex, criteriaList, ids),
  );
  readonly annexesByCall = new DataLoader<string, AnnexView[]>((ids) =>
    readJsonLists(this.scope.knex, annexesList, ids),
  );
  readonly questionsByCall = new DataLoader<string, QuestionView[]>((ids) =>
    readJsonLists(this.scope.knex, questionsList, ids),
  );
  readonly amendmentsByCall = new DataLoader<string, AmendmentView[]>((ids) =>
    readJsonLists(this.scope.knex, amendmentsList, ids),
  );
  readonly measuresByCall = new DataLoader<string, MeasureView[]>((ids) =>
    readJsonLists(this.scope.knex, measuresList, ids),
  );
  /** The Markdown sources, for a call read without them. */
  readonly sourcesByCall = new DataLoader<string, CallSources>(async (ids) => {
    const rows: ({ id: string } & CallSources)[] = await this.scope
      .knex('call_for_proposals')
      .select('id', 'body', { bodyEn: 'body_en' })
      .whereIn('id', [...ids]);
    return ids.map((id) => rows.find((row) => row.id === id) ?? { body: '', bodyEn: null });
  });
  readonly eldershipsByCall = new DataLoader<string, EldershipView[]>((ids) =>
    readJsonLists(this.scope.knex, eldershipsList, ids),
  );
}
