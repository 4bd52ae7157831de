import { applicationStatuses } from './applicationText';
import { choiceField, defineUrlFilters } from '@/composables/useUrlFilters';
import type { ApplicationStatus } from '@/gql/graphql';

/** The compliance queue's status filter in the URL; empty means every status. */
export type QueueFilters = { status: ApplicationStatus | '' };

const queueFilters = defineUrlFilters<QueueFilters>({ status: choiceField(applicationStatuses) });

export const useQueueFilters = queueFilters.use;
