import DataLoader from 'dataloader';
import { readJsonLists } from '../common/json-list.js';
import { selectInitiativeView, type InitiativeView } from '../initiatives/initiative-read.js';
import type { RequestScope } from '../request-scope.js';
import {
  readOpenFlags,
  repliesList,
  readRevisions,
  type CommentView,
  type FlagView,
  type RevisionView,
} from './comment-read.js';

/**
 * The discussion's per-request batch loaders: a page of N threads asks for the replies of all of
 * them in one statement, and staff get the flags and revisions of a page in one statement each.
 */
export class DiscussionLoaders {
  constructor(private readonly scope: RequestScope) {}

  readonly repliesByComment = new DataLoader<string, CommentView[]>((parentIds) =>
    readJsonLists(this.scope.knex, repliesList, parentIds),
  );
  readonly openFlagsByComment = new DataLoader<string, FlagView[]>((commentIds) =>
    readOpenFlags(this.scope.knex, commentIds),
  );
  readonly revisionsByComment = new DataLoader<string, RevisionView[]>((commentIds) =>
    readRevisions(this.scope.knex, commentIds),
  );
  /**
   * The initiatives comments belong to (the moderation queue), in one statement. Whoever reached
   * a comment could see its initiative: no draft rule is applied again here.
   */
  readonly discussedInitiativeById = new DataLoader<string, InitiativeView | null>(async (initiativeIds) => {
    const rows = (await selectInitiativeView(this.scope.knex('initiative as i')).whereIn('i.id', [
      ...initiativeIds,
    ])) as InitiativeView[];
    return initiativeIds.map((id) => rows.find((row) => row.id === id) ?? null);
  });
}
