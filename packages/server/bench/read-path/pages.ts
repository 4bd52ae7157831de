import type { DocumentNode } from 'graphql';
import { clientOperation, mergeOperations, operationName, print, withLiteralPageSize } from './client-operations.js';

/** A GraphQL request as sent over HTTP; both servers get the very same one. */
export type GraphQLRequest = { operationName: string; query: string; variables: Record<string, unknown> };

/** What the pages need from the data: an initiative to open and words to search for. */
export type PageTargets = {
  /** A published initiative of ordinary size with at least a page of threads: the page opened. */
  initiativeSlug: string;
  /** The published initiative with the most threads, so a page of 100 is full when counting statements. */
  busiestInitiativeSlug: string;
  searchText: string;
};

export type Page = {
  /** As the report names it. */
  title: string;
  /** The request at the client's own page size. */
  request: GraphQLRequest;
  /** The same request at another page size, for counting SQL statements. */
  atPageSize(size: number): GraphQLRequest;
};

const request = (document: DocumentNode, variables: Record<string, unknown>): GraphQLRequest => ({
  operationName: operationName(document),
  query: print(document),
  variables,
});

/**
 * The four pages of issue 8, each with the client's own documents and the variables its page
 * sends (see the client's filtersToVariables: no filter, the default order, no cursor).
 */
export async function benchPages(targets: PageTargets): Promise<Page[]> {
  const directory = await clientOperation('Directory');
  const initiativeList = await clientOperation('InitiativeList');
  // The initiative page asks for the initiative and its first threads at once; one request here.
  const initiativePage = mergeOperations('InitiativePage', [
    await clientOperation('Initiative'),
    await clientOperation('InitiativeComments'),
  ]);
  const search = await clientOperation('Search');

  const directoryVariables = (first: number) => ({ first, after: null, filter: {}, orderBy: 'NAME' });
  const listVariables = (first: number) => ({ first, after: null, filter: {}, orderBy: 'NEWEST' });
  // The Lithuanian page: the calls' titles it names in their text of record.
  const initiativeVariables = (slug: string) => ({ slug, after: null, language: 'lt' });
  return [
    {
      title: 'directory, 50 with representatives',
      request: request(directory, directoryVariables(50)),
      atPageSize: (size) => request(directory, directoryVariables(size)),
    },
    {
      title: 'initiatives list, 20',
      request: request(initiativeList, listVariables(20)),
      atPageSize: (size) => request(initiativeList, listVariables(size)),
    },
    {
      title: 'initiative with its first 5 threads',
      request: request(initiativePage, initiativeVariables(targets.initiativeSlug)),
      atPageSize: (size) =>
        request(
          withLiteralPageSize(initiativePage, 'comments', size),
          initiativeVariables(targets.busiestInitiativeSlug),
        ),
    },
    {
      title: `search "${targets.searchText}", 30 hits`,
      request: request(search, { text: targets.searchText }),
      atPageSize: (size) => request(withLiteralPageSize(search, 'search', size), { text: targets.searchText }),
    },
  ];
}
