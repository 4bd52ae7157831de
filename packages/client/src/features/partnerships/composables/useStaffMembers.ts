import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { staffRoles } from '@/composables/useMe';
import { graphql } from '@/gql';

const StaffMembersQuery = graphql(`
  query StaffMembers {
    users(first: 100) {
      id
      displayName
      role
    }
  }
`);

/**
 * LAG staff who may look after a partnership, by name. The API has no role filter on
 * `users`, so the first 100 accounts are asked for and the staff picked out here.
 */
export function useStaffMembers() {
  const { data } = useQuery({ query: StaffMembersQuery });
  return computed(() =>
    (data.value?.users ?? [])
      .filter((user) => staffRoles.includes(user.role))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'lt')),
  );
}
