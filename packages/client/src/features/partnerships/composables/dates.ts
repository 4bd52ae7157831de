import { closedStatuses } from './partnershipEnums';
import type { PartnershipStatus } from '@/gql/graphql';
import { vilniusToday } from '@/lib/dates';

/** Whether a partnership is still open (not COMPLETED or ENDED). */
export function isOpen(status: PartnershipStatus): boolean {
  return !closedStatuses.includes(status);
}

/**
 * Whether an open partnership's follow-up date has passed: the follow-up day is before
 * today in Vilnius, as the server judges it (a follow-up due today is not late yet). Closed
 * partnerships are never overdue.
 */
export function isOverdue(
  partnership: { nextFollowUpOn?: string | null; status: PartnershipStatus },
  today: string = vilniusToday(),
): boolean {
  const due = partnership.nextFollowUpOn;
  return !!due && due < today && isOpen(partnership.status);
}
