import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import DiscussionSection from './DiscussionSection.vue';
import type { CommentData } from '../composables/comments';
import { mountWithApp } from '@/testing/mountWithApp';

function comment(id: string, overrides: Partial<CommentData> = {}): CommentData {
  return {
    __typename: 'Comment',
    id,
    parentId: null,
    body: `Tekstas ${id}`,
    bodyHtml: `<p>Tekstas ${id}</p>`,
    createdAt: '2026-11-26T10:00:00.000Z',
    isEdited: false,
    isDeleted: false,
    isHidden: false,
    hiddenReason: null,
    viewerCanEdit: false,
    author: { id: 'p1', displayName: 'Ona Onaitė' },
    organisation: null,
    ...overrides,
  } as CommentData;
}

let onLive: ((previous: unknown, data: { commentAdded: CommentData }) => unknown) | undefined;
const queryData = ref<unknown>();
vi.mock('@urql/vue', () => ({
  useQuery: () => ({ data: queryData, fetching: ref(false), error: ref(undefined) }),
  useMutation: () => ({ executeMutation: vi.fn(), fetching: ref(false) }),
  useClientHandle: () => ({ client: { query: vi.fn() } }),
  useSubscription: (_args: unknown, handler: typeof onLive) => {
    onLive = handler;
    return { data: ref(undefined) };
  },
}));

beforeEach(() => {
  queryData.value = {
    initiative: {
      id: 'i1',
      comments: {
        totalCount: 2,
        pageInfo: { hasNextPage: true, endCursor: 'x' },
        edges: [
          {
            node: {
              ...comment('c1', {
                isEdited: true,
                organisation: { id: 'o1', slug: 'kaimas', name: 'Kaimo bendruomenė' },
              }),
              replies: [
                comment('r1', { parentId: 'c1', isDeleted: true, body: null, bodyHtml: null, author: null }),
                comment('r2', { parentId: 'c1', isHidden: true, hiddenReason: 'Reklama', body: null, bodyHtml: null }),
              ],
            },
          },
        ],
      },
    },
  };
});

const viewer = { signedIn: true, isStaff: false, organisations: [] };

async function mountSection(signedIn = true) {
  return mountWithApp(DiscussionSection, {
    props: { slug: 'sala', initiativeId: 'i1', viewer: { ...viewer, signedIn } },
  });
}

describe('DiscussionSection', () => {
  it('renders threads, replies, placeholders and the edited marker', async () => {
    const { wrapper } = await mountSection();
    const section = wrapper.get('section');
    expect(section.get('h2').text()).toBe('Diskusija');
    const text = section.text();
    expect(text).toContain('Ona Onaitė');
    expect(section.get('a[href="/organisations/kaimas"]').text()).toBe('Kaimo bendruomenė');
    expect(text).toContain('redaguota');
    expect(text).toContain('Komentaras ištrintas.');
    expect(text).toContain('Moderatorius paslėpė komentarą: Reklama');
    expect(section.findAll('.comment-list--replies > li')).toHaveLength(2);
    expect(text).toContain('Rodyti daugiau komentarų');
    expect(section.findAll('button').some((b) => b.text() === 'Atsakyti')).toBe(true);
    expect(section.findAll('button').some((b) => b.text() === 'Pranešti')).toBe(true);
    expect(section.get('form button[type="submit"]').text()).toBe('Skelbti komentarą');
  });

  it('shows visitors a sign-in link instead of the form', async () => {
    const { wrapper } = await mountSection(false);
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.get('a[href^="/sign-in"]').text()).toContain('Prisijunkite');
    expect(wrapper.findAll('button').some((b) => b.text() === 'Atsakyti')).toBe(false);
  });

  it('merges live comments into their threads once and announces them', async () => {
    const { wrapper } = await mountSection();
    onLive!(undefined, {
      commentAdded: comment('c2', { author: { id: 'p2', displayName: 'Jonas' } }),
    });
    onLive!(undefined, { commentAdded: comment('r3', { parentId: 'c1' }) });
    onLive!(undefined, { commentAdded: comment('c2') });
    onLive!(undefined, { commentAdded: comment('r1', { parentId: 'c1', isDeleted: true, bodyHtml: null }) });
    await wrapper.vm.$nextTick();
    expect(wrapper.findAll('.comment-thread')).toHaveLength(2);
    expect(wrapper.findAll('.comment-list--replies > li')).toHaveLength(3);
    expect(wrapper.get('[aria-live="polite"]').text()).toContain('Naujas komentaras');
  });

  it('keeps the author’s own comment once when the subscription echoes it', async () => {
    const { wrapper } = await mountSection();
    const form = wrapper.findComponent({ name: 'CommentForm' });
    form.vm.$emit('saved', comment('c5'));
    onLive!(undefined, { commentAdded: comment('c5') });
    await wrapper.vm.$nextTick();
    expect(wrapper.findAll('.comment-thread')).toHaveLength(2);
  });
});
