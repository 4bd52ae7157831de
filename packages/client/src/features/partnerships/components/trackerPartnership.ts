import { graphql } from '@/gql';

/** What the tracker's table and board show of each partnership (staff fields included). */
export const TrackerPartnershipFragment = graphql(`
  fragment TrackerPartnership on Partnership {
    id
    slug
    title
    kind
    scope
    status
    startDate
    endDate
    nextFollowUpOn
    lastActivityAt
    owner {
      id
      displayName
    }
    parties {
      role
      organisation {
        id
        slug
        name
      }
    }
  }
`);

/** Names of the parties other than the LAG (all of them if the LAG is the only one). */
export function partnerNames(
  parties: readonly { organisation: { slug: string; name: string } }[],
  lagSlug: string,
): string {
  const others = parties.filter((party) => party.organisation.slug !== lagSlug);
  return (others.length ? others : parties).map((party) => party.organisation.name).join(', ');
}
