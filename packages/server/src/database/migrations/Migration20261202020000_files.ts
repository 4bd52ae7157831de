import { Migration } from '@mikro-orm/migrations';

/**
 * Uploaded files (files/): what each is, who uploaded it and what it is attached to, with its
 * bytes in `stored_file_content` when PostgreSQL keeps them (the default), or in an S3-compatible
 * store under `storage_key`. A file no record took within a day is removed by an hourly job.
 */
export class Migration20261202020000_files extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table stored_file (
        id uuid primary key,
        name text not null check (length(name) between 1 and 255),
        content_type text not null,
        size_bytes bigint not null check (size_bytes >= 0),
        sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
        storage text not null check (storage in ('database', 's3')),
        storage_key text not null,
        uploaded_by_id uuid not null references app_user (id),
        created_at timestamptz not null default now(),
        attached_to_kind text,
        attached_to_id uuid,
        attached_at timestamptz,
        constraint stored_file_storage_key_unique unique (storage, storage_key),
        constraint stored_file_attached_together check (
          (attached_to_kind is null) = (attached_to_id is null) and (attached_to_kind is null) = (attached_at is null)
        )
      );`);
    this.addSql(
      'create index stored_file_attached_idx on stored_file (attached_to_kind, attached_to_id) where attached_to_kind is not null;',
    );
    this.addSql('create index stored_file_unattached_idx on stored_file (created_at) where attached_to_kind is null;');
    this.addSql('create index stored_file_uploaded_by_idx on stored_file (uploaded_by_id);');
    this.addSql(`
      create table stored_file_content (
        file_id uuid primary key references stored_file (id) on delete cascade,
        bytes bytea not null
      );`);
    // Uncompressed out of line: the formats accepted are compressed already, and a download reads
    // the bytes a slice at a time, which PostgreSQL can then fetch without reading the rest.
    this.addSql('alter table stored_file_content alter column bytes set storage external;');
  }
}
