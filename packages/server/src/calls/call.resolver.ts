import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Locale } from '../accounts/account.enums.js';
import { LanguageArg, localized } from '../common/localized.js';
import { ConnectionType, PageArgs, type Connection } from '../common/pagination.js';
import { pageSelection, selectedFields } from '../common/selected-fields.js';
import { Eldership } from '../organisations/eldership.entity.js';
import type { RequestScope } from '../request-scope.js';
import { Measure } from '../strategy/strategy.entity.js';
import type {
  AmendmentView,
  AnnexView,
  CallView,
  CriterionView,
  EldershipView,
  MeasureView,
  QuestionView,
} from './call-read.js';
import {
  canDeleteDraft,
  canEdit,
  canPublish,
  publishProblems,
  type CallRightsRoot,
  type PublishRoot,
} from './call-rights.js';
import { CallWorkflowService } from './call-workflow.service.js';
import { Call, CallAmendment, CallAnnex, CallCriterion, CallQuestion, type CallChangeRecord } from './call.entity.js';
import { CallPhase, CallStatus } from './call.enums.js';
import { CreateCallArgs, UpdateCallArgs } from './call.inputs.js';
import { CallService } from './call.service.js';

@ObjectType({ description: 'A page of calls for proposals.' })
class CallConnection extends ConnectionType(Call, 'Call') {}

@ObjectType({ description: 'One changed field of an amendment, with its values as display text.' })
export class CallChange {
  @Field(() => String, {
    description:
      'The field as the `Call` type names it (`closesAt`, `budgetCents`, `measures`); an item of a list as `criteria.2.maxScore` (its position from 1), and an added or removed item as `criteria.2`, its title (a question’s text) in `to` or `from`.',
  })
  field!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The value before: ISO 8601 for instants, cents for amounts, lists joined with “, ”; null for none.',
  })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, written as `from` is; null for none.' })
  to!: string | null;
}

/**
 * Every root of a call's field resolvers is a read view: mutations answer the call as read after
 * the write. A root read with the fields asked for (call-read.ts) has what their resolvers need.
 */
@Resolver(() => Call)
export class CallResolver {
  constructor(private readonly scope: RequestScope) {}

  private get callService() {
    return this.scope.get(CallService);
  }

  private get workflowService() {
    return this.scope.get(CallWorkflowService);
  }

  @Query(() => CallConnection, {
    description:
      'Calls for proposals: published ones for everyone, drafts for staff too. Ordered open first (closing soonest first), then upcoming (opening soonest first), then drafts (newest first), then closed and decided ones (latest closing first).',
  })
  calls(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('phase', () => [CallPhase], { nullable: true, description: 'Only calls in any of these phases.' })
    phase: CallPhase[] | undefined,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<CallView>> {
    return this.callService.list({ phases: phase, first: page.first, after: page.after }, pageSelection(info));
  }

  @Query(() => Call, {
    nullable: true,
    description: 'One call by its number; null if unknown or a draft the viewer may not see.',
  })
  call(
    @Arg('number', () => Int, { description: 'The call’s number, e.g. 7.' }) number: number,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CallView | null> {
    return this.callService.find({ number }, selectedFields(info));
  }

  @FieldResolver(() => String, { description: 'Title.' })
  title(@Root() call: Pick<CallView, 'title' | 'titleEn'>, @LanguageArg() language: Locale): string {
    return localized(language, call.title, call.titleEn);
  }

  @FieldResolver(() => String, { description: 'The call text as Markdown source (the edit form).' })
  body(@Root() call: CallView): string | Promise<string> {
    return this.callService.source(call, 'body');
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The call text in English as Markdown source, where given (the edit form); null: English readers get the Lithuanian.',
  })
  bodyEn(@Root() call: CallView): string | null | Promise<string | null> {
    return this.callService.source(call, 'bodyEn');
  }

  @FieldResolver(() => String, {
    description: 'The call text rendered from Markdown to HTML that is safe to show (sanitised).',
  })
  bodyHtml(@Root() call: Pick<Required<CallView>, 'bodyHtml' | 'bodyHtmlEn'>, @LanguageArg() language: Locale): string {
    return localized(language, call.bodyHtml, call.bodyHtmlEn);
  }

  @FieldResolver(() => [String], {
    description:
      'Its texts given in Lithuanian only (`title`, `body`): asked in English they answer in Lithuanian, which a page marks as such.',
  })
  untranslated(@Root() call: Pick<Required<CallView>, 'untranslated'>): string[] {
    return call.untranslated;
  }

  @FieldResolver(() => CallPhase, { description: 'Where the call stands now, by the server’s clock.' })
  phase(@Root() call: Pick<CallView, 'phase'>): CallPhase {
    return call.phase;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Seconds until applications close, by the server’s clock, for a countdown; null unless OPEN.',
  })
  secondsUntilClose(@Root() call: Pick<CallView, 'secondsUntilClose'>): number | null {
    return call.secondsUntilClose;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Seconds until applications open, by the server’s clock; null unless UPCOMING.',
  })
  secondsUntilOpen(@Root() call: Pick<CallView, 'secondsUntilOpen'>): number | null {
    return call.secondsUntilOpen;
  }

  @FieldResolver(() => [Measure], { description: 'The strategy measures it funds, by code.' })
  measures(@Root() call: Pick<CallView, 'id'>): MeasureView[] | Promise<MeasureView[]> {
    return this.callService.listOf(call, 'measures');
  }

  @FieldResolver(() => [Eldership], {
    description: 'Where the lead organisation must be; empty: the LAG’s whole territory.',
  })
  elderships(@Root() call: Pick<CallView, 'id'>): EldershipView[] | Promise<EldershipView[]> {
    return this.callService.listOf(call, 'elderships');
  }

  @FieldResolver(() => [CallCriterion], { description: 'The selection criteria, in order, published with the call.' })
  criteria(@Root() call: Pick<CallView, 'id'>): CriterionView[] | Promise<CriterionView[]> {
    return this.callService.listOf(call, 'criteria');
  }

  @FieldResolver(() => [CallAnnex], { description: 'The annexes applicants attach, in order.' })
  annexes(@Root() call: Pick<CallView, 'id'>): AnnexView[] | Promise<AnnexView[]> {
    return this.callService.listOf(call, 'annexes');
  }

  @FieldResolver(() => [CallQuestion], { description: 'The call’s own questions, in order.' })
  questions(@Root() call: Pick<CallView, 'id'>): QuestionView[] | Promise<QuestionView[]> {
    return this.callService.listOf(call, 'questions');
  }

  @FieldResolver(() => [CallAmendment], { description: 'Changes since publication, oldest first, with their reasons.' })
  amendments(@Root() call: Pick<CallView, 'id'>): AmendmentView[] | Promise<AmendmentView[]> {
    return this.callService.listOf(call, 'amendments');
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the viewer may edit the call: staff, until the board decides; a published call changes by amendment, with a reason.',
  })
  viewerCanEdit(@Root() call: CallRightsRoot): boolean {
    return canEdit(this.scope.viewer, call);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may publish the call now: staff, a draft, nothing missing.',
  })
  viewerCanPublish(@Root() call: PublishRoot): boolean {
    return canPublish(this.scope.viewer, call);
  }

  @FieldResolver(() => [String], {
    description:
      'The fields (measureIds, budgetCents, criteria, closesAt, minSupportCents, maxSupportCents) that stand between this draft and publishCall, by the rule it enforces; empty when nothing does or the viewer may not publish it.',
  })
  viewerPublishProblems(@Root() call: PublishRoot): string[] {
    if (!canEdit(this.scope.viewer, call) || call.status !== CallStatus.DRAFT) return [];
    return publishProblems(call).map((problem) => problem.field);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may delete the call: staff, a draft only.' })
  viewerCanDelete(@Root() call: CallRightsRoot): boolean {
    return canDeleteDraft(this.scope.viewer, call);
  }

  @Mutation(() => Call, { description: 'Starts a call as a draft (staff).' })
  createCall(
    @Args(() => CreateCallArgs) { input }: CreateCallArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CallView> {
    return this.workflowService.create(input, selectedFields(info));
  }

  @Mutation(() => Call, {
    description:
      'Edits a call (staff); a stale version gets CONFLICT. A draft changes plainly; a published call by an amendment with `reason`, listing every changed field (none when nothing changed): its opening stays once open, its closing never moves into the past, its criteria stay once closed. A decided call no longer changes.',
  })
  updateCall(@Args(() => UpdateCallArgs) args: UpdateCallArgs, @Info() info: GraphQLResolveInfo): Promise<CallView> {
    return this.workflowService.update(args, selectedFields(info));
  }

  @Mutation(() => Call, {
    description:
      'Publishes a draft (staff); refused, naming the fields, without measures, criteria, a budget, a closing time to come or support limits that fit.',
  })
  publishCall(
    @Arg('id', () => ID, { description: 'The draft.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you reviewed.' }) version: number,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CallView> {
    return this.workflowService.publish(id, version, selectedFields(info));
  }

  @Mutation(() => Boolean, { description: 'Deletes a draft with its lists (staff); the audit trail keeps it.' })
  deleteCallDraft(@Arg('id', () => ID, { description: 'The draft.' }) id: string): Promise<boolean> {
    return this.workflowService.deleteDraft(id);
  }
}

@Resolver(() => CallAmendment)
export class CallAmendmentResolver {
  @FieldResolver(() => [CallChange], { description: 'Every changed field, in the order of the call’s form.' })
  changes(@Root() amendment: Pick<AmendmentView, 'changes'>): CallChangeRecord[] {
    return amendment.changes;
  }
}
