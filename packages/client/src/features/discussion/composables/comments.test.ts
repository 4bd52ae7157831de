import { describe, expect, it } from 'vitest';
import { mergeThreads, upsertComment, type CommentData, type Thread } from './comments';

function comment(id: string, parentId: string | null = null, body = `text ${id}`): CommentData {
  return {
    __typename: 'Comment',
    id,
    parentId,
    body,
    bodyHtml: `<p>${body}</p>`,
    createdAt: '2026-11-26T10:00:00.000Z',
    isEdited: false,
    isDeleted: false,
    isHidden: false,
    hiddenReason: null,
    viewerCanEdit: false,
    author: { __typename: 'Person', id: 'p1', displayName: 'Ona' },
    organisation: null,
  } as CommentData;
}

const fetched: Thread[] = [{ comment: comment('a'), replies: [comment('a1', 'a')] }];

describe('mergeThreads', () => {
  it('appends a live top-level comment and a live reply to its thread', () => {
    const threads = mergeThreads(fetched, [comment('b'), comment('a2', 'a')]);
    expect(threads.map((t) => t.comment.id)).toEqual(['a', 'b']);
    expect(threads[0]!.replies.map((r) => r.id)).toEqual(['a1', 'a2']);
  });

  it('does not duplicate a comment already fetched', () => {
    const threads = mergeThreads(fetched, [comment('a1', 'a'), comment('a')]);
    expect(threads).toHaveLength(1);
    expect(threads[0]!.replies).toHaveLength(1);
  });

  it('shows the author’s own comment once when the subscription brings it again', () => {
    let extra: CommentData[] = [];
    extra = upsertComment(extra, comment('c')); // from addComment
    extra = upsertComment(extra, comment('c')); // from commentAdded
    const threads = mergeThreads(fetched, extra);
    expect(threads.map((t) => t.comment.id)).toEqual(['a', 'c']);
  });

  it('keeps the newer copy of a comment', () => {
    const threads = mergeThreads(fetched, [comment('a1', 'a', 'edited')]);
    expect(threads[0]!.replies[0]!.body).toBe('edited');
  });

  it('leaves out a reply whose thread is not loaded yet', () => {
    expect(mergeThreads(fetched, [comment('z1', 'z')])).toHaveLength(1);
  });
});
