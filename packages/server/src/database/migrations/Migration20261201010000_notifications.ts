import { Migration } from '@mikro-orm/migrations';

const kinds = `'INITIATIVE_STATUS_CHANGED', 'NEW_COMMENT', 'COMMENT_REPLY', 'CO_PROPOSAL_INVITATION', 'SUPPORT_RECEIVED',
  'FLAG_HANDLED', 'NEW_SUBMISSION', 'COMMENT_FLAGGED', 'FOLLOW_UP_DUE'`;
const deliveries = `'IN_APP', 'IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF'`;

/**
 * Notifications (notifications/): what concerns each person, written by a job after the change
 * that caused it. A notification keeps the values its message shows (title, status, excerpt,
 * path) as they were, so a list of them is one statement and old ones still read as they did.
 * `(recipient_id, event_key)` is unique: a retried job never notifies anyone twice.
 */
export class Migration20261201010000_notifications extends Migration {
  override async up(): Promise<void> {
    // The first migration reserved a notification table that nothing ever wrote to.
    this.addSql('drop table notification;');
    this.addSql(`
      create table notification (
        id uuid primary key default gen_random_uuid(),
        recipient_id uuid not null references app_user (id) on delete cascade,
        kind text not null check (kind in (${kinds})),
        event_key text not null,
        actor_id uuid references app_user (id) on delete set null,
        initiative_id uuid references initiative (id) on delete cascade,
        comment_id uuid references comment (id) on delete cascade,
        partnership_id uuid references partnership (id) on delete cascade,
        subject_title text not null,
        status text,
        organisation_name text,
        excerpt text check (length(excerpt) <= 200),
        path text not null,
        delivery text not null check (delivery in ('IN_APP', 'IMMEDIATE', 'DAILY', 'WEEKLY')),
        created_at timestamptz not null default now(),
        read_at timestamptz,
        digested_at timestamptz,
        unique (recipient_id, event_key)
      );`);
    this.addSql('create index notification_recipient_idx on notification (recipient_id, created_at desc, id desc);');
    this.addSql('create index notification_unread_idx on notification (recipient_id) where read_at is null;');
    // The digest's work list: what waits for a daily or weekly mail.
    this.addSql(`create index notification_digest_idx on notification (recipient_id, created_at)
      where digested_at is null and delivery in ('DAILY', 'WEEKLY');`);
    this.addSql('create index notification_comment_idx on notification (comment_id) where comment_id is not null;');
    this.addSql(`
      create table notification_preference (
        user_id uuid not null references app_user (id) on delete cascade,
        kind text not null check (kind in (${kinds})),
        delivery text not null check (delivery in (${deliveries})),
        updated_at timestamptz not null default now(),
        primary key (user_id, kind)
      );`);
    this.addSql(`
      create table initiative_follow (
        user_id uuid not null references app_user (id) on delete cascade,
        initiative_id uuid not null references initiative (id) on delete cascade,
        created_at timestamptz not null default now(),
        primary key (user_id, initiative_id)
      );`);
    this.addSql('create index initiative_follow_initiative_idx on initiative_follow (initiative_id);');
    // Those who wrote an initiative follow it, as new ones will from now on.
    this.addSql(`insert into initiative_follow (user_id, initiative_id)
      select created_by_id, id from initiative where created_by_id is not null on conflict do nothing;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table initiative_follow;');
    this.addSql('drop table notification_preference;');
    this.addSql('drop table notification;');
    this.addSql(`
      create table notification (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references app_user (id) on delete cascade,
        kind text not null,
        payload jsonb not null default '{}',
        created_at timestamptz not null default now(),
        read_at timestamptz,
        emailed_at timestamptz
      );`);
    this.addSql('create index notification_user_idx on notification (user_id, created_at desc);');
    this.addSql('create index notification_unread_idx on notification (user_id) where read_at is null;');
  }
}
