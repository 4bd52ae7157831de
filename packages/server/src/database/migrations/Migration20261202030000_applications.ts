import { Migration } from '@mikro-orm/migrations';

/**
 * Applications to calls: an initiative applies to one call at a time with the call's answers; each
 * submission freezes a version that evaluation and the audit can always show as it was; staff
 * check compliance item by item and may ask for completion, round after round. Replaces the
 * bare `call_application` link of the first schema. Annexes come with file storage.
 */
export class Migration20261202030000_applications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table application (
  id uuid primary key default gen_random_uuid(),
  call_id uuid not null references call_for_proposals (id) on delete restrict,
  initiative_id uuid not null references initiative (id) on delete cascade,
  status text not null default 'DRAFT' check (status in
    ('DRAFT', 'SUBMITTED', 'COMPLETION_REQUESTED', 'INELIGIBLE', 'PASSED_TO_EVALUATION', 'WITHDRAWN')),
  eligible_costs_cents bigint check (eligible_costs_cents >= 0),
  status_reason text not null default '',
  created_by_id uuid references app_user (id) on delete set null,
  first_submitted_at timestamptz,
  last_submitted_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- An initiative pursues one call at a time; an ineligible or withdrawn application leaves it free.
create unique index application_live_initiative_idx on application (initiative_id)
  where status not in ('INELIGIBLE', 'WITHDRAWN');
create index application_call_idx on application (call_id, status);

insert into application (call_id, initiative_id, status, first_submitted_at, last_submitted_at, created_at, updated_at)
  select ca.call_id, ca.initiative_id,
         case when i.status in ('DRAFT') then 'DRAFT'
              when i.status in ('SUBMITTED') then 'SUBMITTED'
              when i.status in ('WITHDRAWN') then 'WITHDRAWN'
              when i.status in ('REJECTED') and i.submitted_at is null then 'INELIGIBLE'
              else 'PASSED_TO_EVALUATION' end,
         i.submitted_at, i.submitted_at, ca.created_at, ca.created_at
    from call_application ca join initiative i on i.id = ca.initiative_id;
drop table call_application;

create table application_answer (
  application_id uuid not null references application (id) on delete cascade,
  question_id uuid not null references call_question (id) on delete cascade,
  value jsonb not null,
  updated_at timestamptz not null default now(),
  primary key (application_id, question_id)
);

create table application_version (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references application (id) on delete cascade,
  number integer not null check (number > 0),
  snapshot jsonb not null,
  submitted_by_id uuid references app_user (id) on delete set null,
  submitted_at timestamptz not null default now(),
  unique (application_id, number)
);

create table completion_request (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references application (id) on delete cascade,
  round integer not null check (round > 0),
  items text[] not null check (cardinality(items) > 0),
  message text not null default '',
  reply_by timestamptz not null,
  requested_by_id uuid references app_user (id) on delete set null,
  created_at timestamptz not null default now(),
  answered_version_id uuid references application_version (id) on delete set null,
  answered_at timestamptz,
  unique (application_id, round)
);

create table compliance_check (
  application_id uuid not null references application (id) on delete cascade,
  item text not null,
  result text not null check (result in ('PASSED', 'FAILED', 'NOT_APPLICABLE')),
  note text not null default '',
  checked_by_id uuid references app_user (id) on delete set null,
  checked_at timestamptz not null default now(),
  primary key (application_id, item)
);
`);
  }
}
