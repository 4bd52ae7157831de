import { Migration } from '@mikro-orm/migrations';

/**
 * Annexes of applications: uploaded files (files/) given to an application for one of its call's
 * annexes, or as an extra document (no call annex). A file is attached to the application itself,
 * whose readers may download it; removing an annex keeps the file, which a frozen version may name.
 */
export class Migration20261202040000_application_annexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table application_annex (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references application (id) on delete cascade,
  -- A call annex removed by an amendment leaves its files as extra documents.
  call_annex_id uuid references call_annex (id) on delete set null,
  file_id uuid not null unique references stored_file (id) on delete restrict,
  uploaded_by_id uuid references app_user (id) on delete set null,
  created_at timestamptz not null default now()
);
create index application_annex_application_idx on application_annex (application_id, created_at);
create index application_annex_call_annex_idx on application_annex (call_annex_id);
`);
  }
}
