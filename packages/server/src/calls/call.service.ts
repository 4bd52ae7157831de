import { authorize, isAllowed } from '../authorization/policy.js';
import { isUuid } from '../common/ids.js';
import { prefetched, withJsonLists } from '../common/json-list.js';
import { keysetConnection } from '../common/keyset.js';
import type { Connection } from '../common/pagination.js';
import type { PageSelection } from '../common/selected-fields.js';
import type { RequestScope } from '../request-scope.js';
import { CallLoaders, type CallSources } from './call-loaders.js';
import { buildCallQueries } from './call-query.js';
import {
  callQuery,
  listsOfCall,
  type AmendmentView,
  type AnnexView,
  type CallView,
  type CriterionView,
  type EldershipView,
  type MeasureView,
  type QuestionView,
} from './call-read.js';
import { CallStatus, type CallPhase } from './call.enums.js';

type Lists = {
  criteria: CriterionView[];
  annexes: AnnexView[];
  questions: QuestionView[];
  amendments: AmendmentView[];
  measures: MeasureView[];
  elderships: EldershipView[];
};

/** Reading calls: the list, one call, and the lists shown with it. Drafts are for staff only. */
export class CallService {
  constructor(private readonly scope: RequestScope) {}

  private get seesDrafts(): boolean {
    return isAllowed(this.scope.viewer, 'call.readDraft');
  }

  /** A page of calls in one statement, with the lists and the count it shows. */
  list(
    request: { phases: CallPhase[] | undefined; first: number; after?: string | null },
    selection: PageSelection,
  ): Promise<Connection<CallView>> {
    authorize(this.scope.viewer, 'call.read');
    const queries = buildCallQueries(this.scope.knex, { ...request, withDrafts: this.seesDrafts }, selection.node);
    return keysetConnection(queries, request, selection, { parentId: 'c.id', read: listsOfCall });
  }

  /**
   * One call by id or number with the fields and lists among `shown` (every field and no list
   * when absent), in one statement; null when unknown or a draft the viewer may not see.
   */
  async find(where: { id: string } | { number: number }, shown?: ReadonlySet<string>): Promise<CallView | null> {
    authorize(this.scope.viewer, 'call.read');
    if ('id' in where && !isUuid(where.id)) return null;
    const query = callQuery(this.scope.knex, where, shown);
    if (!this.seesDrafts) query.whereNot('c.status', CallStatus.DRAFT);
    const convertLists = withJsonLists(query, 'c.id', listsOfCall, shown ?? new Set());
    const call = (await query) as CallView | undefined;
    if (!call) return null;
    convertLists([call]);
    return call;
  }

  /** A list of the call: read with its page's statement, or by its loader for the whole page. */
  listOf<K extends keyof Lists>(call: { id: string }, field: K): Lists[K] | Promise<Lists[K]> {
    const read = prefetched<Lists[K]>(call, field);
    if (read) return read;
    const loaders = this.scope.get(CallLoaders);
    const loader = {
      criteria: loaders.criteriaByCall,
      annexes: loaders.annexesByCall,
      questions: loaders.questionsByCall,
      amendments: loaders.amendmentsByCall,
      measures: loaders.measuresByCall,
      elderships: loaders.eldershipsByCall,
    }[field];
    return loader.load(call.id) as Promise<Lists[K]>;
  }

  /** A Markdown source, Lithuanian or English: read with the call when asked for, by its loader otherwise. */
  source<K extends 'body' | 'bodyEn'>(
    call: Pick<CallView, 'id' | K>,
    field: K,
  ): CallSources[K] | Promise<CallSources[K]> {
    const read = call[field];
    if (read !== undefined) return read as CallSources[K];
    return this.scope
      .get(CallLoaders)
      .sourcesByCall.load(call.id)
      .then((sources) => sources[field]);
  }
}
