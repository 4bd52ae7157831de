import { graphql } from '@/gql';
import type { CommentFieldsFragment } from '@/gql/graphql';

export const CommentFields = graphql(`
  fragment CommentFields on Comment {
    id
    parentId
    body
    bodyHtml
    createdAt
    isEdited
    isDeleted
    isHidden
    hiddenReason
    viewerCanEdit
    author {
      id
      displayName
    }
    organisation {
      id
      slug
      name
    }
  }
`);

export type CommentData = CommentFieldsFragment;

/** A top-level comment with its replies, oldest first. */
export interface Thread {
  comment: CommentData;
  replies: CommentData[];
}

/**
 * Joins comments that arrived outside the fetched pages (live, or the viewer's own just written)
 * into the threads: each once, replies under their parent, the newer copy winning.
 */
export function mergeThreads(fetched: readonly Thread[], extra: readonly CommentData[]): Thread[] {
  const latest = new Map(extra.map((c) => [c.id, c]));
  const known = new Set<string>();
  const threads: Thread[] = fetched.map((thread) => {
    known.add(thread.comment.id);
    thread.replies.forEach((r) => known.add(r.id));
    return {
      comment: latest.get(thread.comment.id) ?? thread.comment,
      replies: thread.replies.map((r) => latest.get(r.id) ?? r),
    };
  });
  for (const comment of extra) {
    if (known.has(comment.id)) continue;
    known.add(comment.id);
    if (!comment.parentId) {
      threads.push({ comment, replies: [] });
      continue;
    }
    const parent = threads.find((t) => t.comment.id === comment.parentId);
    // A reply to a thread not loaded yet (further pages) shows up when that page loads.
    if (parent) parent.replies.push(comment);
    else known.delete(comment.id);
  }
  return threads;
}

/** Adds or replaces a comment in a list kept by id. */
export function upsertComment(list: readonly CommentData[], comment: CommentData): CommentData[] {
  const index = list.findIndex((c) => c.id === comment.id);
  if (index === -1) return [...list, comment];
  return list.map((c, i) => (i === index ? comment : c));
}
