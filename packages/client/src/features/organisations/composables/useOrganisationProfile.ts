import { useQuery } from '@urql/vue';
import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import { graphql, useFragment } from '@/gql';

export const OrganisationProfileFragment = graphql(`
  fragment OrganisationProfile on Organisation {
    id
    slug
    name
    legalCode
    sector
    kind
    scope
    country
    eldership {
      id
      code
      name
    }
    membership
    memberSince
    memberUntil
    email
    phone
    address
    website
    description
    foundedOn
    registeredOn
    createdAt
    updatedAt
    version
    viewerCanEdit
    representatives {
      id
      role
      title
      person {
        id
        displayName
      }
    }
  }
`);

const OrganisationQuery = graphql(`
  query Organisation($slug: String!) {
    organisation(slug: $slug) {
      id
      ...OrganisationProfile
    }
  }
`);

/** One organisation's public profile by slug; `organisation` is null when there is none. */
export function useOrganisationProfile(slug: MaybeRefOrGetter<string>) {
  const result = useQuery({ query: OrganisationQuery, variables: () => ({ slug: toValue(slug) }) });
  return {
    organisation: computed(() => {
      const data = result.data.value?.organisation;
      return data ? useFragment(OrganisationProfileFragment, data) : null;
    }),
    found: computed(() => !!result.data.value && result.data.value.organisation !== null),
    fetching: result.fetching,
    error: result.error,
    reload: () => result.executeQuery({ requestPolicy: 'network-only' }),
  };
}
