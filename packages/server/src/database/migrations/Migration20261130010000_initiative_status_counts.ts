import { Migration } from '@mikro-orm/migrations';

/**
 * The number of initiatives in each status, kept by triggers in `row_count` as
 * `initiative:<STATUS>`, so the initiatives list's `totalCount` filtered by no more than status
 * and visibility costs a few rows' read however many initiatives there are. Only a change of
 * status writes: an update that keeps it (counters, edits) nets to nothing and leaves the rows
 * alone, so busy initiatives do not contend on these rows.
 */
export class Migration20261130010000_initiative_status_counts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
insert into row_count (name, count) select 'initiative:' || status, count(*) from initiative group by status;

create function move_row_counts(added text[], removed text[]) returns void language sql as $$
  with moves as (
    select name, sum(n) as n
    from (select unnest(added) as name, 1 as n union all select unnest(removed), -1) as each_move
    group by name
    having sum(n) <> 0
  ),
  updated as (
    update row_count set count = row_count.count + moves.n from moves where row_count.name = moves.name
    returning row_count.name
  )
  insert into row_count (name, count) select name, n from moves where name not in (select name from updated)
$$;

create function initiative_status_count() returns trigger language plpgsql as $$
begin
  -- PL/pgSQL plans a statement when it first runs it: each branch names only the transition
  -- tables its own trigger has.
  if tg_op = 'INSERT' then
    perform move_row_counts(array(select 'initiative:' || status from added), '{}');
  elsif tg_op = 'DELETE' then
    perform move_row_counts('{}', array(select 'initiative:' || status from removed));
  elsif tg_op = 'UPDATE' then
    perform move_row_counts(array(select 'initiative:' || status from added),
                            array(select 'initiative:' || status from removed));
  else
    update row_count set count = 0 where name like 'initiative:%';
  end if;
  return null;
end $$;

create trigger initiative_status_count_insert after insert on initiative
  referencing new table as added for each statement execute function initiative_status_count();
create trigger initiative_status_count_update after update on initiative
  referencing old table as removed new table as added for each statement execute function initiative_status_count();
create trigger initiative_status_count_delete after delete on initiative
  referencing old table as removed for each statement execute function initiative_status_count();
create trigger initiative_status_count_truncate after truncate on initiative
  for each statement execute function initiative_status_count();
`);
  }
}
