import type { Viewer } from '../accounts/viewer.js';
import { isAllowed } from '../authorization/policy.js';
import type { FieldProblem } from '../common/errors.js';
import type { PublishFacts } from './call-read.js';
import { CallStatus } from './call.enums.js';

/** What the rights below read of a call. */
export type CallRightsRoot = { status: CallStatus };

/** What publishing checks of a call: its amounts and the facts read beside them. */
export type PublishRoot = CallRightsRoot &
  Partial<PublishFacts> & { budgetCents: number; minSupportCents?: number | null; maxSupportCents?: number | null };

/**
 * What a viewer may do with a call now, by the rules its mutations check, so the client shows
 * exactly the actions the server will take.
 */
export function canEdit(viewer: Viewer, call: CallRightsRoot): boolean {
  return call.status !== CallStatus.DECIDED && isAllowed(viewer, 'call.manage');
}

export function canDeleteDraft(viewer: Viewer, call: CallRightsRoot): boolean {
  return call.status === CallStatus.DRAFT && isAllowed(viewer, 'call.manage');
}

/** Whether the viewer may publish the draft now: staff, and nothing is missing. */
export function canPublish(viewer: Viewer, call: PublishRoot): boolean {
  return call.status === CallStatus.DRAFT && isAllowed(viewer, 'call.manage') && !publishProblems(call).length;
}

/**
 * What stands between a draft and its publication, by field: the measures it funds, its
 * criteria (applicants must know how they will be judged), a budget, a closing time still to
 * come, and support limits that fit the budget.
 */
export function publishProblems(call: PublishRoot): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const required = (field: string, message: string) => problems.push({ field, code: 'REQUIRED_TO_PUBLISH', message });
  if (!call.measureCount) required('measureIds', 'name at least one strategy measure the call funds');
  if (call.budgetCents <= 0) required('budgetCents', 'give the call a budget');
  if (!call.criterionCount) required('criteria', 'give at least one selection criterion');
  if (!call.closesInFuture)
    problems.push({ field: 'closesAt', code: 'DATE_IN_PAST', message: 'must be in the future to publish' });
  problems.push(...supportProblems(call));
  return problems;
}

/** Least support at most the most, and neither above the budget. */
export function supportProblems(amounts: {
  budgetCents: number;
  minSupportCents?: number | null;
  maxSupportCents?: number | null;
}): FieldProblem[] {
  const { budgetCents, minSupportCents: min, maxSupportCents: max } = amounts;
  const problems: FieldProblem[] = [];
  if (min != null && max != null && min > max)
    problems.push({ field: 'minSupportCents', code: 'TOO_LARGE', message: 'must not exceed the most support' });
  if (max != null && max > budgetCents)
    problems.push({ field: 'maxSupportCents', code: 'OVER_BUDGET', message: 'must not exceed the budget' });
  else if (min != null && min > budgetCents)
    problems.push({ field: 'minSupportCents', code: 'OVER_BUDGET', message: 'must not exceed the budget' });
  return problems;
}
