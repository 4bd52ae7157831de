import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { graphql } from '@/gql';

const CanProposeQuery = graphql(`
  query CanPropose {
    viewerCanPropose
  }
`);

/** Whether the viewer may propose an initiative, as the server judges it (members' representatives, staff). */
export function useCanPropose() {
  const { data, fetching } = useQuery({ query: CanProposeQuery });
  return { canPropose: computed(() => data.value?.viewerCanPropose ?? false), fetching };
}
