import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { graphql } from '@/gql';
import type { Locale } from '@/gql/graphql';

const MeasuresQuery = graphql(`
  query InitiativeMeasures($language: Locale!) {
    about {
      strategy {
        id
        measures {
          id
          code
          title(language: $language)
        }
      }
    }
  }
`);

/** The strategy's measures, for filters and the proposal form, titled in the reader's language. */
export function useMeasures() {
  const { locale } = useI18n();
  const { data } = useQuery({
    query: MeasuresQuery,
    variables: computed(() => ({ language: locale.value as Locale })),
  });
  return computed(() => data.value?.about.strategy?.measures ?? []);
}
