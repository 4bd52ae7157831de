import { Migration } from '@mikro-orm/migrations';

/**
 * Accounts that work by e-mail: whether the address was confirmed, and the single-use links sent
 * to it (password reset, address confirmation, address change). Only the SHA-256 of a link's
 * token is stored. People who had accounts before addresses were confirmed count as confirmed.
 */
export class Migration20261201020000_account_mail extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table app_user add column email_verified_at timestamptz;');
    this.addSql('update app_user set email_verified_at = created_at;');
    this.addSql(`
      create table account_token (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references app_user (id) on delete cascade,
        purpose text not null check (purpose in ('PASSWORD_RESET', 'VERIFY_EMAIL', 'CHANGE_EMAIL')),
        email citext not null,
        token_hash bytea not null unique,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz,
        check (expires_at > created_at)
      );`);
    this.addSql('create index account_token_user_idx on account_token (user_id, purpose, created_at desc);');
  }
}
