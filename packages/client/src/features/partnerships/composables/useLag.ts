import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { graphql } from '@/gql';

/** The LAG's own organisation, should the API not name it. */
export const lagSlug = 'elektrenu-vvg';

const LagQuery = graphql(`
  query Lag {
    about {
      lag {
        id
        slug
        country
      }
    }
  }
`);

/** The LAG itself: its parties in a partnership are "us", the others are the partners. */
export function useLag() {
  const { data } = useQuery({ query: LagQuery });
  return computed(() => {
    const lag = data.value?.about.lag;
    return { slug: lag?.slug ?? lagSlug, country: lag?.country ?? 'LT' };
  });
}
