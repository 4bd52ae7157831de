import { InitiativeStatus } from './initiative.enums.js';

const { DRAFT, SUBMITTED, UNDER_REVIEW, SHORTLISTED, APPROVED, IN_PROGRESS, COMPLETED, REJECTED, WITHDRAWN } =
  InitiativeStatus;

/** The moves staff make after submission, each with a reason. */
export const staffTransitions: Readonly<Record<InitiativeStatus, readonly InitiativeStatus[]>> = {
  [DRAFT]: [],
  [SUBMITTED]: [UNDER_REVIEW, REJECTED],
  [UNDER_REVIEW]: [SHORTLISTED, REJECTED],
  [SHORTLISTED]: [APPROVED, REJECTED],
  [APPROVED]: [IN_PROGRESS],
  [IN_PROGRESS]: [COMPLETED],
  [COMPLETED]: [],
  [REJECTED]: [],
  [WITHDRAWN]: [],
};

/** Authors may withdraw until the board has decided. */
export const withdrawableStatuses: readonly InitiativeStatus[] = [DRAFT, SUBMITTED, UNDER_REVIEW, SHORTLISTED];

/** Every move the lifecycle allows from `status`, whoever makes it: submitting, staff's moves, withdrawing. */
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
  UNDER_REVIEW,
  SHORTLISTED,
  APPROVED,
  IN_PROGRESS,
  COMPLETED,
];

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
