import { useQuery } from '@urql/vue';
import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import { useI18n } from 'vue-i18n';
import { graphql, useFragment } from '@/gql';
import type { Locale } from '@/gql/graphql';

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
    descriptionEn
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
  query Organisation($slug: String!, $language: Locale!) {
    organisation(slug: $slug) {
      id
      ...OrganisationProfile
      shownDescription: description(language: $language)
    }
  }
`);

/**
 * One organisation's public profile by slug; `organisation` is null when there is none. Its
 * description is shown in the interface's language where the organisation gives one
 * (`shownDescription`); the profile's own `description` is the Lithuanian text its form edits.
 */
export function useOrganisationProfile(slug: MaybeRefOrGetter<string>) {
  const { locale } = useI18n();
  const result = useQuery({
    query: OrganisationQuery,
    variables: () => ({ slug: toValue(slug), language: locale.value as Locale }),
  });
  return {
    organisation: computed(() => {
      const data = result.data.value?.organisation;
      return data
        ? { ...useFragment(OrganisationProfileFragment, data), shownDescription: data.shownDescription }
        : null;
    }),
    found: computed(() => !!result.data.value && result.data.value.organisation !== null),
    fetching: result.fetching,
    error: result.error,
    reload: () => result.executeQuery({ requestPolicy: 'network-only' }),
  };
}
