import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { graphql, useFragment } from '@/gql';

/** Everything staff see of a partnership (the activity log apart). */
export const PartnershipDetailFragment = graphql(`
  fragment PartnershipDetail on Partnership {
    id
    slug
    title
    kind
    scope
    status
    startDate
    endDate
    publicDescription
    internalNotes
    version
    nextFollowUpOn
    lastActivityAt
    createdAt
    updatedAt
    owner {
      id
      displayName
    }
    parties {
      role
      organisation {
        id
        slug
        name
        country
      }
    }
    contacts {
      id
      name
      position
      email
      phone
      organisation {
        id
        name
      }
    }
    relatedInitiatives {
      id
      title
    }
  }
`);

/** One entry of the activity log. */
export const ActivityItemFragment = graphql(`
  fragment ActivityItem on PartnershipActivity {
    id
    kind
    occurredOn
    summary
    peoplePresent
    createdAt
    updatedAt
    createdBy {
      id
      displayName
    }
  }
`);

const StaffPartnershipQuery = graphql(`
  query StaffPartnership($slug: String!) {
    partnership(slug: $slug) {
      id
      ...PartnershipDetail
      activities {
        id
        ...ActivityItem
      }
    }
  }
`);

/** One partnership for staff by slug, with its activity log (newest first, as the server sends it). */
export function usePartnershipDetail(slug: MaybeRefOrGetter<string>) {
  const result = useQuery({ query: StaffPartnershipQuery, variables: () => ({ slug: toValue(slug) }) });
  const data = computed(() => result.data.value?.partnership ?? null);
  return {
    partnership: computed(() => (data.value ? useFragment(PartnershipDetailFragment, data.value) : null)),
    activities: computed(() => (data.value?.activities ?? []).map((a) => useFragment(ActivityItemFragment, a))),
    found: computed(() => !!result.data.value && result.data.value.partnership !== null),
    fetching: result.fetching,
    error: result.error,
    reload: () => result.executeQuery({ requestPolicy: 'network-only' }),
  };
}
