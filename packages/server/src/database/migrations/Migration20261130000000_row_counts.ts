import { Migration } from '@mikro-orm/migrations';

/**
 * The number of organisations, kept by triggers, so the unfiltered directory's `totalCount`
 * costs one row's read however large the register grows (a filtered list still counts its
 * matches). Statement-level triggers with transition tables keep bulk loads (COPY) cheap.
 */
export class Migration20261130000000_row_counts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table row_count (
  name text primary key,
  count bigint not null check (count >= 0)
);
insert into row_count (name, count) select 'organisation', count(*) from organisation;

create function organisation_row_count() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    update row_count set count = count + (select count(*) from added) where name = 'organisation';
  elsif tg_op = 'DELETE' then
    update row_count set count = count - (select count(*) from removed) where name = 'organisation';
  else
    update row_count set count = 0 where name = 'organisation';
  end if;
  return null;
end $$;

create trigger organisation_row_count_insert after insert on organisation
  referencing new table as added for each statement execute function organisation_row_count();
create trigger organisation_row_count_delete after delete on organisation
  referencing old table as removed for each statement execute function organisation_row_count();
create trigger organisation_row_count_truncate after truncate on organisation
  for each statement execute function organisation_row_count();
`);
  }
}
