import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../accounts/user.entity.js';
import { notify } from '../notifications/notify.js';
import { StatusChange, type Initiative } from './initiative.entity.js';
import { InitiativeStatus } from './initiative.enums.js';

const {
  DRAFT,
  SUBMITTED,
  COMPLETION_REQUESTED,
  UNDER_REVIEW,
  SHORTLISTED,
  APPROVED,
  IN_PROGRESS,
  COMPLETED,
  REJECTED,
  WITHDRAWN,
  NOT_CONTRACTED,
  TERMINATED,
} = InitiativeStatus;

/**
 * The moves staff make after submission, each with a reason. COMPLETION_REQUESTED has none: it is
 * entered and left with the initiative's application (`applicationMoves`).
 */
export const staffTransitions: Readonly<Record<InitiativeStatus, readonly InitiativeStatus[]>> = {
  [DRAFT]: [],
  [SUBMITTED]: [UNDER_REVIEW, REJECTED],
  [COMPLETION_REQUESTED]: [],
  [UNDER_REVIEW]: [SHORTLISTED, REJECTED],
  [SHORTLISTED]: [APPROVED, REJECTED],
  [APPROVED]: [IN_PROGRESS, NOT_CONTRACTED],
  [IN_PROGRESS]: [COMPLETED, TERMINATED],
  [COMPLETED]: [],
  [REJECTED]: [],
  [WITHDRAWN]: [],
  [NOT_CONTRACTED]: [],
  [TERMINATED]: [],
};

/**
 * The moves an application to a call makes of its initiative: its submission, staff's completion
 * request and the applicants' resubmission, declaring it ineligible (REJECTED) and passing it to
 * evaluation (UNDER_REVIEW). While an application is live these are the only ways out of the
 * statuses of `applicationLedStatuses`.
 */
export const applicationMoves: Readonly<Partial<Record<InitiativeStatus, readonly InitiativeStatus[]>>> = {
  [DRAFT]: [SUBMITTED],
  [SUBMITTED]: [COMPLETION_REQUESTED, UNDER_REVIEW, REJECTED],
  [COMPLETION_REQUESTED]: [SUBMITTED, REJECTED],
};

/**
 * Statuses in which an initiative with a live application moves only with it: a draft is submitted
 * with its application, and staff's compliance check decides what follows submission.
 */
export const applicationLedStatuses: readonly InitiativeStatus[] = [DRAFT, SUBMITTED, COMPLETION_REQUESTED];

/**
 * Statuses an application's compliance check and evaluation put its initiative in; withdrawing a
 * submitted application takes the initiative out of the call, back to SUBMITTED, a public idea
 * that may apply to a later call.
 */
export const inCallStatuses: readonly InitiativeStatus[] = [COMPLETION_REQUESTED, UNDER_REVIEW, SHORTLISTED];

/**
 * Authors change the text and figures of a draft, and of an initiative whose application staff
 * returned for completion: what is missing or unclear is often in the initiative itself.
 */
export const editableStatuses: readonly InitiativeStatus[] = [DRAFT, COMPLETION_REQUESTED];

/** Authors may withdraw until the board has decided. */
export const withdrawableStatuses: readonly InitiativeStatus[] = [
  DRAFT,
  SUBMITTED,
  COMPLETION_REQUESTED,
  UNDER_REVIEW,
  SHORTLISTED,
];

/** Every plain move the lifecycle allows from `status`, whoever makes it: submitting, staff's moves, withdrawing. */
export function nextStatuses(status: InitiativeStatus): InitiativeStatus[] {
  return [
    ...(status === DRAFT ? [SUBMITTED] : []),
    ...staffTransitions[status],
    ...(withdrawableStatuses.includes(status) ? [WITHDRAWN] : []),
  ];
}

/** Organisations may support an initiative once it is public and still alive. */
export const endorsableStatuses: readonly InitiativeStatus[] = [
  SUBMITTED,
  COMPLETION_REQUESTED,
  UNDER_REVIEW,
  SHORTLISTED,
  APPROVED,
  IN_PROGRESS,
  COMPLETED,
];

/** Who moves an initiative, why, and when (the database's clock where the caller read it). */
export type MoveOptions = { reason: string; actor: User | null | undefined; at?: Date };

/**
 * Moves `initiative` to `to` in the write's transaction (`em`), recording who, why and when in its
 * history; the notification is left to the caller (`moveInitiative` sends the status change's).
 * Only the first submission sets `submittedAt`: a resubmission after completion keeps it.
 */
export function recordStatusChange(
  em: EntityManager,
  initiative: Initiative,
  to: InitiativeStatus,
  { reason, actor, at = new Date() }: MoveOptions,
): StatusChange {
  const from = initiative.status;
  initiative.status = to;
  initiative.lastActivityAt = at;
  if (to === SUBMITTED) initiative.submittedAt ??= at;
  return em.create(StatusChange, {
    initiative,
    fromStatus: from,
    toStatus: to,
    changedBy: actor ?? null,
    reason,
    createdAt: at,
  });
}

/**
 * Moves `initiative` to `to` in the write's transaction and tells its authors (and staff, of a
 * submission) through the status-change notification: every plain move, and an application's
 * submission and resubmission (DRAFT or COMPLETION_REQUESTED → SUBMITTED). Answers the move, for
 * the audit entry.
 */
export async function moveInitiative(
  em: EntityManager,
  initiative: Initiative,
  to: InitiativeStatus,
  options: MoveOptions,
): Promise<{ from: InitiativeStatus; to: InitiativeStatus }> {
  const from = initiative.status;
  const change = recordStatusChange(em, initiative, to, options);
  await notify(em, { type: 'statusChanged', statusChangeId: change.id, actorId: options.actor?.id ?? null });
  return { from, to };
}

/** What a draft must have before it can be submitted, as field → problem. */
export function missingForSubmission(initiative: {
  summary: string;
  body: string;
  measure?: unknown;
  estimatedBudgetCents?: number | null;
  requestedSupportCents?: number | null;
  themeCount: number;
}): string[] {
  const missing: string[] = [];
  if (!initiative.summary.trim()) missing.push('summary');
  if (!initiative.body.trim()) missing.push('body');
  if (!initiative.measure) missing.push('measureId');
  if (initiative.estimatedBudgetCents == null) missing.push('estimatedBudgetCents');
  if (initiative.requestedSupportCents == null) missing.push('requestedSupportCents');
  if (initiative.themeCount === 0) missing.push('themeCodes');
  return missing;
}

/** Every field `missingForSubmission` asks for: those an empty draft lacks. */
export function fieldsToSubmit(): string[] {
  return missingForSubmission({ summary: '', body: '', themeCount: 0 });
}
