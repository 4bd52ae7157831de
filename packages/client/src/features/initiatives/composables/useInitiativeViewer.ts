import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { graphql } from '@/gql';
import { staffRoles } from '@/composables/useMe';

const InitiativeViewerQuery = graphql(`
  query InitiativeViewer {
    me {
      id
      role
      affiliations {
        id
        role
        organisation {
          id
          slug
          name
          membership
          sector
        }
      }
    }
  }
`);

/** The signed-in person and the organisations they may act for (as a representative). */
export function useInitiativeViewer() {
  const { data, fetching } = useQuery({ query: InitiativeViewerQuery });
  const me = computed(() => data.value?.me ?? null);
  const represented = computed(() =>
    (me.value?.affiliations ?? []).filter((a) => a.role === 'REPRESENTATIVE').map((a) => a.organisation),
  );
  return {
    me,
    fetching,
    isStaff: computed(() => !!me.value && staffRoles.includes(me.value.role)),
    /** organisations the viewer represents */
    represented,
    /** member organisations the viewer represents: those that may lead a proposal */
    memberOrganisations: computed(() => represented.value.filter((o) => o.membership === 'MEMBER')),
  };
}
