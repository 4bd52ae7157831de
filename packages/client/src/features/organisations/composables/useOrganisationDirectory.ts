import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { computed, type Ref } from 'vue';
import { filtersToVariables, type DirectoryFilters } from './useDirectoryFilters';
import { useCursorList, type CursorConnection } from '@/composables/useCursorList';
import type { OrganisationFilter, OrganisationOrder } from '@/gql/graphql';

export type DirectoryVariables = {
  first?: number | null;
  after?: string | null;
  filter?: OrganisationFilter | null;
  orderBy?: OrganisationOrder | null;
};

export interface DirectoryResult<Node> {
  organisations: CursorConnection<{ cursor: string; node: Node }>;
}

/**
 * One directory listing for the URL's filters. Each page (directory, staff register) brings
 * its own query document, so each selects only the fields it renders.
 */
export function useOrganisationDirectory<Node>(
  document: TypedDocumentNode<DirectoryResult<Node>, DirectoryVariables>,
  filters: Ref<DirectoryFilters>,
) {
  return useCursorList(
    document,
    computed(() => filtersToVariables(filters.value)),
    (data) => data.organisations,
  );
}
