import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { graphql } from '@/gql';
import type { PlatformRole } from '@/gql/graphql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      locale
      affiliations {
        id
        role
        title
        organisation {
          id
          slug
          name
        }
      }
    }
  }
`);

export const staffRoles: readonly PlatformRole[] = ['STAFF', 'ADMIN'];

/** The signed-in person, or null for a visitor. */
export function useMe() {
  const result = useQuery({ query: MeQuery });
  const me = computed(() => result.data.value?.me ?? null);
  return {
    me,
    fetching: result.fetching,
    isSignedIn: computed(() => me.value !== null),
    isStaff: computed(() => !!me.value && staffRoles.includes(me.value.role)),
    isAdmin: computed(() => me.value?.role === 'ADMIN'),
  };
}
