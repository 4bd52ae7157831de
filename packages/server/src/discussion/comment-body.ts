import { BadUserInputError } from '../common/errors.js';
import { isBlank, renderMarkdown } from '../common/markdown.js';
import type { Comment } from './comment.entity.js';

export const MAX_COMMENT_LENGTH = 10_000;

/**
 * A comment's Markdown as it is stored: trimmed, with its rendering written once beside it.
 * Refused, as an empty one is (its length is checked on the input), when a reader would see
 * nothing: spaces, line breaks, non-breaking or zero-width spaces, or markup around nothing.
 */
export function commentBody(source: string): Pick<Comment, 'body' | 'bodyHtml' | 'bodyText'> {
  const body = source.trim();
  const { html, text } = renderMarkdown(body);
  if (isBlank(text)) {
    throw BadUserInputError.field('body', 'LENGTH', `must be 1 to ${MAX_COMMENT_LENGTH} characters long`);
  }
  return { body, bodyHtml: html, bodyText: text };
}
