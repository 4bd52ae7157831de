import urql from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { parseFilters, type DirectoryFilters } from './useDirectoryFilters';
import { useOrganisationDirectory } from './useOrganisationDirectory';
import { DirectoryDocument } from '@/gql/graphql';
import { createTelkaClient } from '@/urql';

// A fake /graphql answering pages of 2 out of 3 organisations, the way the server shapes them.
function page(after: string | null, total = 3) {
  const start = after ? Number(after) + 1 : 0;
  const ids = [0, 1, 2].slice(start, start + 2);
  return {
    data: {
      organisations: {
        __typename: 'OrganisationConnection',
        totalCount: total,
        pageInfo: { __typename: 'PageInfo', hasNextPage: start + 2 < total, endCursor: String(start + ids.length - 1) },
        edges: ids.map((i) => ({
          __typename: 'OrganisationEdge',
          cursor: String(i),
          node: {
            __typename: 'Organisation',
            id: `o${i}`,
            slug: `o${i}`,
            name: `Organizacija ${i}`,
            kind: 'ASSOCIATION',
            sector: 'NGO',
            membership: 'MEMBER',
            eldership: null,
            representatives: [],
          },
        })),
      },
    },
  };
}

const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
  const { variables } = JSON.parse(String(init.body));
  return new Response(JSON.stringify(page(variables.after)), { headers: { 'content-type': 'application/json' } });
});

afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockClear();
});

function setup(filters = ref<DirectoryFilters>(parseFilters({}))) {
  vi.stubGlobal('fetch', fetchMock);
  let directory!: ReturnType<typeof useOrganisationDirectory<{ id: string }>>;
  const Probe = defineComponent({
    setup() {
      directory = useOrganisationDirectory(DirectoryDocument, filters);
      return () => h('p', directory.edges.value.map((edge) => edge.node.id).join(', '));
    },
  });
  const wrapper = mount(Probe, { global: { plugins: [[urql, createTelkaClient()]] } });
  return { wrapper, filters, directory: () => directory };
}

describe('useOrganisationDirectory', () => {
  it('asks with a JSON POST, then appends the next page on "load more"', async () => {
    const { wrapper, directory } = setup();
    await flushPromises();
    expect(wrapper.text()).toBe('o0, o1');
    expect(directory().totalCount.value).toBe(3);
    expect(directory().hasNextPage.value).toBe(true);

    const [, init] = fetchMock.mock.calls[0]!;
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init.body)).variables).toMatchObject({
      first: 20,
      after: null,
      filter: {},
      orderBy: 'NAME',
    });

    directory().loadMore();
    await flushPromises();
    expect(JSON.parse(String(fetchMock.mock.calls[1]![1].body)).variables.after).toBe('1');
    expect(wrapper.text()).toBe('o0, o1, o2');
    expect(directory().hasNextPage.value).toBe(false);
  });

  it('starts again from the first page when the filters change', async () => {
    const { wrapper, filters, directory } = setup();
    await flushPromises();
    directory().loadMore();
    await flushPromises();

    filters.value = parseFilters({ sector: 'NGO' });
    await flushPromises();
    const variables = JSON.parse(String(fetchMock.mock.calls.at(-1)![1].body)).variables;
    expect(variables).toMatchObject({ after: null, filter: { sector: ['NGO'] } });
    expect(wrapper.text()).toBe('o0, o1');
  });
});
