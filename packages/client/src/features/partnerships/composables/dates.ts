import type { PartnershipStatus } from '@/gql/graphql';
import { closedStatuses } from './partnershipEnums';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Today's calendar date in the browser's own time zone, as `YYYY-MM-DD`: what the person
 * at the screen calls "today".
 */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether a partnership is still open (not COMPLETED or ENDED). */
export function isOpen(status: PartnershipStatus): boolean {
  return !closedStatuses.includes(status);
}

/**
 * Whether an open partnership's follow-up date has passed: the follow-up day is before
 * today (a follow-up due today is not late yet). Closed partnerships are never overdue.
 */
export function isOverdue(
  partnership: { nextFollowUpOn?: string | null; status: PartnershipStatus },
  today: string = localToday(),
): boolean {
  const due = partnership.nextFollowUpOn?.slice(0, 10);
  return !!due && due < today && isOpen(partnership.status);
}
