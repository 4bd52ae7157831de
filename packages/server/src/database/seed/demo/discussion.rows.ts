import { seedId } from '../ids.js';
import { COMMENTS } from './discussion.js';
import { ids, storedMarkdown, type DemoRows, type Row, type RowContext } from './row-context.js';

/** Comments with the revisions their edits left and the flags raised on them. */
export function discussionRows({ clock }: RowContext): DemoRows {
  const comments: Row[] = [];
  const revisions: Row[] = [];
  const flags: Row[] = [];
  for (const c of COMMENTS) {
    comments.push({
      id: ids.comment(c.key),
      initiative_id: ids.initiative(c.initiative),
      parent_id: c.parent === undefined ? null : ids.comment(c.parent),
      author_id: ids.user(c.author),
      organisation_id: c.as === undefined ? null : ids.organisation(c.as),
      ...storedMarkdown(c.body),
      created_at: clock.at(c.at),
      edited_at: c.edited ? clock.at(c.edited.at) : null,
      deleted_at: c.deleted ? clock.at(c.deleted) : null,
      hidden_at: c.hidden ? clock.at(c.hidden.at) : null,
      hidden_by_id: c.hidden ? ids.user(c.hidden.by) : null,
      hidden_reason: c.hidden?.reason ?? null,
      version: c.edited ? 2 : 1,
    });
    if (c.edited) {
      // A revision keeps the text an edit replaced, stamped with the time of the edit.
      revisions.push({
        id: seedId('comment_revision', c.key),
        comment_id: ids.comment(c.key),
        body: c.edited.previousBody,
        created_at: clock.at(c.edited.at),
      });
    }
    for (const f of c.flags ?? []) {
      flags.push({
        id: seedId('comment_flag', `${c.key}/${f.by}`),
        comment_id: ids.comment(c.key),
        user_id: ids.user(f.by),
        reason: f.reason,
        created_at: clock.at(f.at),
        resolved_at: f.resolved ? clock.at(f.resolved.at) : null,
        resolved_by_id: f.resolved ? ids.user(f.resolved.by) : null,
      });
    }
  }
  return [
    ['comment', comments],
    ['comment_revision', revisions],
    ['comment_flag', flags],
  ];
}
