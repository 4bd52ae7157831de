import { Migration } from '@mikro-orm/migrations';

const kinds = `'INITIATIVE_STATUS_CHANGED', 'NEW_COMMENT', 'COMMENT_REPLY', 'CO_PROPOSAL_INVITATION', 'SUPPORT_RECEIVED',
  'FLAG_HANDLED', 'NEW_SUBMISSION', 'COMMENT_FLAGGED', 'FOLLOW_UP_DUE', 'COMPLETION_REQUESTED', 'APPLICATION_DECIDED'`;

/**
 * Applicants hear of their application: staff's completion requests (what is missing, by when) and
 * the compliance check's decision. A completion request's notification keeps its list and its
 * reply-by time, as every notification keeps the values its message shows.
 */
export class Migration20261202051000_application_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in (${kinds}));
alter table notification_preference drop constraint notification_preference_kind_check;
alter table notification_preference add constraint notification_preference_kind_check check (kind in (${kinds}));
alter table notification add column items text[], add column due_at timestamptz;
`);
  }
}
