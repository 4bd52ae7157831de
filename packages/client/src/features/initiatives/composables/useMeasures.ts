import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { graphql } from '@/gql';

const MeasuresQuery = graphql(`
  query InitiativeMeasures {
    about {
      strategy {
        id
        measures {
          id
          code
          title
        }
      }
    }
  }
`);

/** The strategy's measures, for filters and the proposal form. */
export function useMeasures() {
  const { data } = useQuery({ query: MeasuresQuery });
  return computed(() => data.value?.about.strategy?.measures ?? []);
}
