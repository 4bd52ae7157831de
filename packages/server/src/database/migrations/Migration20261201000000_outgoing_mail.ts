import { Migration } from '@mikro-orm/migrations';

/**
 * Mail on its way out (mail/mail-queue.ts): written with the change that caused it, sent by a
 * job. Bodies are erased once the mail server has the message: Telka keeps that it sent what to
 * whom, not a second copy of everyone's mail (password reset links included).
 */
export class Migration20261201000000_outgoing_mail extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table outgoing_mail (
        id uuid primary key,
        user_id uuid references app_user (id) on delete set null,
        recipient text not null,
        sender text not null,
        subject text not null,
        text_body text,
        html_body text,
        list_unsubscribe text,
        unsubscribe_token_hash bytea unique,
        unsubscribe_user_id uuid references app_user (id) on delete cascade,
        unsubscribe_scope text,
        created_at timestamptz not null default now(),
        attempts integer not null default 0,
        last_error text,
        sent_at timestamptz,
        constraint outgoing_mail_bodies_until_sent check (sent_at is not null or (text_body is not null and html_body is not null))
      );`);
    this.addSql('create index outgoing_mail_user_idx on outgoing_mail (user_id, created_at desc);');
  }
}
