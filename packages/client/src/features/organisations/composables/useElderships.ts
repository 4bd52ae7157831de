import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { graphql } from '@/gql';

const EldershipsQuery = graphql(`
  query Elderships {
    elderships {
      id
      code
      name
    }
  }
`);

/** The municipality's elderships (seniūnijos), sorted by name in the Lithuanian way. */
export function useElderships() {
  const { data } = useQuery({ query: EldershipsQuery });
  return computed(() => [...(data.value?.elderships ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'lt')));
}
