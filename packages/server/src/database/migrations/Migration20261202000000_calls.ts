import { Migration } from '@mikro-orm/migrations';

/**
 * Calls for proposals as the LAG publishes them: a number, the call text, the measures funded,
 * support limits and intensity, who may apply, required annexes, the call's own questions and the
 * selection criteria with descriptions. A call is a DRAFT until published; whether it is upcoming,
 * open or closed follows from the clock, so only DRAFT, PUBLISHED and DECIDED are stored. After
 * publication every change is an amendment with its reason, kept in `call_amendment`.
 */
export class Migration20261202000000_calls extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table call_for_proposals
  add column number integer,
  add column body text not null default '',
  add column body_html text not null default '',
  add column min_support_cents bigint check (min_support_cents >= 0),
  add column max_support_cents bigint check (max_support_cents >= 0),
  add column max_intensity_percent numeric(5, 2) check (max_intensity_percent > 0 and max_intensity_percent <= 100),
  add column eligible_kinds text[] not null default '{}',
  add column published_at timestamptz,
  add column created_by_id uuid references app_user (id) on delete set null,
  add column updated_at timestamptz not null default now(),
  add column version integer not null default 1;

update call_for_proposals c set number = numbered.n
  from (select id, row_number() over (order by created_at, id) as n from call_for_proposals) numbered
 where numbered.id = c.id;
update call_for_proposals set published_at = least(created_at, opens_at) where status <> 'DRAFT';
alter table call_for_proposals drop constraint call_for_proposals_status_check;
update call_for_proposals set status = 'PUBLISHED' where status in ('OPEN', 'CLOSED');
alter table call_for_proposals
  alter column number set not null,
  add constraint call_for_proposals_number_key unique (number),
  add constraint call_for_proposals_status_check check (status in ('DRAFT', 'PUBLISHED', 'DECIDED')),
  add constraint call_for_proposals_published_check check ((status = 'DRAFT') = (published_at is null)),
  add constraint call_for_proposals_support_check check (min_support_cents <= max_support_cents);

create table call_measure (
  call_id uuid not null references call_for_proposals (id) on delete cascade,
  measure_id uuid not null references measure (id) on delete restrict,
  primary key (call_id, measure_id)
);
create index call_measure_measure_idx on call_measure (measure_id);
insert into call_measure (call_id, measure_id)
  select id, measure_id from call_for_proposals where measure_id is not null;
alter table call_for_proposals drop column measure_id, drop column strategy_id;

create table call_eldership (
  call_id uuid not null references call_for_proposals (id) on delete cascade,
  eldership_id uuid not null references eldership (id) on delete restrict,
  primary key (call_id, eldership_id)
);

-- Lists are shown by position, then id: staff reorder them by renumbering, which a unique
-- position would refuse halfway through a unit of work's updates.
alter table call_criterion
  add column description text not null default '',
  drop constraint call_criterion_call_id_position_key;
create index call_criterion_call_idx on call_criterion (call_id, position);

create table call_annex (
  id uuid primary key default gen_random_uuid(),
  call_id uuid not null references call_for_proposals (id) on delete cascade,
  position integer not null,
  title text not null,
  description text not null default '',
  required boolean not null default true
);
create index call_annex_call_idx on call_annex (call_id, position);

create table call_question (
  id uuid primary key default gen_random_uuid(),
  call_id uuid not null references call_for_proposals (id) on delete cascade,
  position integer not null,
  text text not null,
  description text not null default '',
  kind text not null check (kind in ('TEXT', 'NUMBER', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'YES_NO')),
  options text[] not null default '{}',
  required boolean not null default true,
  check ((kind in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE')) = (cardinality(options) > 0))
);
create index call_question_call_idx on call_question (call_id, position);

create table call_amendment (
  id uuid primary key default gen_random_uuid(),
  call_id uuid not null references call_for_proposals (id) on delete cascade,
  number integer not null,
  reason text not null,
  changes jsonb not null,
  created_by_id uuid references app_user (id) on delete set null,
  created_at timestamptz not null default now(),
  unique (call_id, number)
);
`);
  }
}
