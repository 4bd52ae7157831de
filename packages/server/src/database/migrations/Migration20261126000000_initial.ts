import { Migration } from '@mikro-orm/migrations';

/**
 * The whole domain model of DESIGN.md. Integrity lives in the database as well as in the
 * services: foreign keys, unique keys, check constraints, and an index for every list and
 * filter the API serves.
 */
export class Migration20261126000000_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create extension if not exists unaccent;
create extension if not exists pg_trgm;
create extension if not exists citext;

-- Lithuanian stemming over text without diacritics: "elektrenu" finds "Elektrėnų".
create text search configuration telka (copy = lithuanian);
alter text search configuration telka
  alter mapping for hword, hword_part, word with unaccent, lithuanian_stem;

create table eldership (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[a-z-]+$'),
  name text not null unique
);

create table organisation (
  id uuid primary key default gen_random_uuid(),
  slug citext not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text not null check (length(btrim(name)) between 2 and 200),
  legal_code text unique,
  sector text not null check (sector in ('NGO', 'BUSINESS', 'PUBLIC')),
  kind text not null check (kind in ('RURAL_COMMUNITY', 'ASSOCIATION', 'COMPANY', 'FARM', 'MUNICIPALITY_INSTITUTION', 'SCHOOL', 'CULTURAL_INSTITUTION', 'MINISTRY', 'LAG', 'NETWORK', 'INTERNATIONAL_BODY', 'OTHER')),
  scope text not null check (scope in ('LOCAL', 'NATIONAL', 'INTERNATIONAL')),
  country char(2) not null default 'LT' check (country ~ '^[A-Z]{2}$'),
  eldership_id uuid references eldership (id) on delete restrict,
  membership text not null check (membership in ('MEMBER', 'APPLICANT', 'PARTNER', 'FORMER')),
  member_since date,
  member_until date,
  email citext,
  phone text,
  address text,
  website text check (website is null or website ~* '^https?://'),
  description text not null default '',
  founded_on date,
  registered_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  search_vector tsvector generated always as (
    setweight(to_tsvector('telka', coalesce(name, '')), 'A') ||
    setweight(to_tsvector('telka', coalesce(description, '')), 'C')
  ) stored,
  constraint organisation_membership_dates check (member_until is null or member_since is null or member_until >= member_since),
  constraint organisation_founding_dates check (registered_on is null or founded_on is null or registered_on >= founded_on)
);
create index organisation_name_idx on organisation (name collate "lt-x-icu", id);
create index organisation_created_idx on organisation (created_at desc, id desc);
create index organisation_member_since_idx on organisation (member_since, id);
create index organisation_sector_idx on organisation (sector);
create index organisation_scope_idx on organisation (scope);
create index organisation_membership_idx on organisation (membership);
create index organisation_eldership_idx on organisation (eldership_id);
create index organisation_search_idx on organisation using gin (search_vector);
create index organisation_name_trgm_idx on organisation using gin (name gin_trgm_ops);

create table app_user (
  id uuid primary key default gen_random_uuid(),
  email citext not null unique check (email ~ '^[^@\\s]+@[^@\\s]+$'),
  display_name text not null check (length(btrim(display_name)) between 1 and 120),
  password_hash text not null,
  role text not null default 'USER' check (role in ('USER', 'STAFF', 'ADMIN')),
  locale text not null default 'lt' check (locale in ('lt', 'en')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index app_user_role_idx on app_user (role);
create index app_user_name_idx on app_user (display_name collate "lt-x-icu", id);

create table affiliation (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references app_user (id) on delete cascade,
  organisation_id uuid not null references organisation (id) on delete cascade,
  role text not null check (role in ('REPRESENTATIVE', 'MEMBER')),
  title text,
  created_at timestamptz not null default now(),
  unique (user_id, organisation_id)
);
create index affiliation_organisation_idx on affiliation (organisation_id, role);

create table invitation (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id) on delete cascade,
  email citext not null,
  role text not null check (role in ('REPRESENTATIVE', 'MEMBER')),
  token_hash bytea not null unique,
  invited_by_id uuid references app_user (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_at timestamptz,
  accepted_by_id uuid references app_user (id) on delete set null,
  revoked_at timestamptz,
  check (expires_at > created_at)
);
create index invitation_organisation_idx on invitation (organisation_id, created_at desc);

create table session (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references app_user (id) on delete cascade,
  token_hash bytea not null unique,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  user_agent text,
  ip text
);
create index session_user_idx on session (user_id);
create index session_expires_idx on session (expires_at);

-- The table rate-limiter-flexible's RateLimiterPostgres expects (sign-in throttling).
create table rate_limit (
  key varchar(255) primary key,
  points integer not null default 0,
  expire bigint
);

create table audit_entry (
  id bigint generated always as identity primary key,
  actor_id uuid references app_user (id) on delete set null,
  action text not null,
  entity_type text not null,
  entity_id uuid not null,
  changes jsonb not null default '{}',
  created_at timestamptz not null default now()
);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, created_at desc);
create index audit_entry_actor_idx on audit_entry (actor_id, created_at desc);
create index audit_entry_created_idx on audit_entry (created_at desc, id desc);

create table theme (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[A-Z_]+$'),
  position integer not null default 0
);

create table strategy (
  id uuid primary key default gen_random_uuid(),
  title text not null,
  period_start date not null,
  period_end date not null,
  vision text not null default '',
  mission text not null default '',
  created_at timestamptz not null default now(),
  check (period_end >= period_start)
);

create table strategy_priority (
  id uuid primary key default gen_random_uuid(),
  strategy_id uuid not null references strategy (id) on delete cascade,
  position integer not null,
  title text not null,
  description text not null default '',
  unique (strategy_id, position)
);

create table measure (
  id uuid primary key default gen_random_uuid(),
  strategy_id uuid not null references strategy (id) on delete cascade,
  priority_id uuid references strategy_priority (id) on delete set null,
  code text not null,
  title text not null,
  budget_cents bigint not null default 0 check (budget_cents >= 0),
  unique (strategy_id, code)
);
create index measure_priority_idx on measure (priority_id);

create table milestone (
  id uuid primary key default gen_random_uuid(),
  occurred_on date not null,
  title text not null,
  description text not null default ''
);
create index milestone_occurred_idx on milestone (occurred_on);

create table initiative (
  id uuid primary key default gen_random_uuid(),
  slug citext not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  title text not null check (length(btrim(title)) between 3 and 200),
  summary text not null default '',
  body text not null default '',
  lead_organisation_id uuid not null references organisation (id) on delete restrict,
  created_by_id uuid references app_user (id) on delete set null,
  measure_id uuid references measure (id) on delete set null,
  eldership_id uuid references eldership (id) on delete set null,
  estimated_budget_cents bigint check (estimated_budget_cents >= 0),
  requested_support_cents bigint check (requested_support_cents >= 0),
  status text not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'SHORTLISTED', 'APPROVED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED', 'WITHDRAWN')),
  version integer not null default 1,
  endorsement_count integer not null default 0 check (endorsement_count >= 0),
  comment_count integer not null default 0 check (comment_count >= 0),
  submitted_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  last_activity_at timestamptz not null default now(),
  search_vector tsvector generated always as (
    setweight(to_tsvector('telka', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('telka', coalesce(summary, '')), 'B') ||
    setweight(to_tsvector('telka', coalesce(body, '')), 'C')
  ) stored,
  constraint initiative_support_within_budget check (
    requested_support_cents is null or estimated_budget_cents is null or requested_support_cents <= estimated_budget_cents
  )
);
create index initiative_status_idx on initiative (status);
create index initiative_lead_idx on initiative (lead_organisation_id);
create index initiative_measure_idx on initiative (measure_id);
create index initiative_eldership_idx on initiative (eldership_id);
create index initiative_created_idx on initiative (created_at desc, id desc);
create index initiative_support_idx on initiative (endorsement_count desc, id desc);
create index initiative_discussed_idx on initiative (comment_count desc, id desc);
create index initiative_activity_idx on initiative (last_activity_at desc, id desc);
create index initiative_search_idx on initiative using gin (search_vector);
create index initiative_title_trgm_idx on initiative using gin (title gin_trgm_ops);

create table initiative_theme (
  initiative_id uuid not null references initiative (id) on delete cascade,
  theme_id uuid not null references theme (id) on delete restrict,
  primary key (initiative_id, theme_id)
);
create index initiative_theme_theme_idx on initiative_theme (theme_id);

create table co_proposer (
  initiative_id uuid not null references initiative (id) on delete cascade,
  organisation_id uuid not null references organisation (id) on delete cascade,
  status text not null default 'INVITED' check (status in ('INVITED', 'ACCEPTED', 'DECLINED')),
  invited_by_id uuid references app_user (id) on delete set null,
  invited_at timestamptz not null default now(),
  responded_by_id uuid references app_user (id) on delete set null,
  responded_at timestamptz,
  primary key (initiative_id, organisation_id)
);
create index co_proposer_organisation_idx on co_proposer (organisation_id, status);

create table status_change (
  id uuid primary key default gen_random_uuid(),
  initiative_id uuid not null references initiative (id) on delete cascade,
  from_status text,
  to_status text not null,
  changed_by_id uuid references app_user (id) on delete set null,
  reason text not null default '',
  created_at timestamptz not null default now(),
  check (from_status is distinct from to_status)
);
create index status_change_initiative_idx on status_change (initiative_id, created_at);

create table endorsement (
  id uuid primary key default gen_random_uuid(),
  initiative_id uuid not null references initiative (id) on delete cascade,
  organisation_id uuid not null references organisation (id) on delete cascade,
  endorsed_by_id uuid references app_user (id) on delete set null,
  note text,
  created_at timestamptz not null default now(),
  unique (initiative_id, organisation_id)
);
create index endorsement_organisation_idx on endorsement (organisation_id);

create table comment (
  id uuid primary key default gen_random_uuid(),
  initiative_id uuid not null references initiative (id) on delete cascade,
  parent_id uuid references comment (id) on delete cascade,
  author_id uuid references app_user (id) on delete set null,
  organisation_id uuid references organisation (id) on delete set null,
  body text not null,
  created_at timestamptz not null default now(),
  edited_at timestamptz,
  deleted_at timestamptz,
  hidden_at timestamptz,
  hidden_by_id uuid references app_user (id) on delete set null,
  hidden_reason text,
  version integer not null default 1,
  search_vector tsvector generated always as (to_tsvector('telka', coalesce(body, ''))) stored,
  check (hidden_at is null or hidden_reason is not null)
);
create index comment_thread_idx on comment (initiative_id, parent_id, created_at, id);
create index comment_parent_idx on comment (parent_id);
create index comment_author_idx on comment (author_id, created_at desc);
create index comment_hidden_idx on comment (hidden_at) where hidden_at is not null;
create index comment_search_idx on comment using gin (search_vector);

create table comment_revision (
  id uuid primary key default gen_random_uuid(),
  comment_id uuid not null references comment (id) on delete cascade,
  body text not null,
  created_at timestamptz not null default now()
);
create index comment_revision_comment_idx on comment_revision (comment_id, created_at);

create table comment_flag (
  id uuid primary key default gen_random_uuid(),
  comment_id uuid not null references comment (id) on delete cascade,
  user_id uuid not null references app_user (id) on delete cascade,
  reason text not null check (length(btrim(reason)) > 0),
  created_at timestamptz not null default now(),
  resolved_at timestamptz,
  resolved_by_id uuid references app_user (id) on delete set null,
  unique (comment_id, user_id)
);
create index comment_flag_open_idx on comment_flag (created_at) where resolved_at is null;

create table partnership (
  id uuid primary key default gen_random_uuid(),
  slug citext not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  title text not null check (length(btrim(title)) between 3 and 200),
  kind text not null check (kind in ('NETWORK_MEMBERSHIP', 'COOPERATION_AGREEMENT', 'MEMORANDUM', 'JOINT_PROJECT', 'TRANSNATIONAL_PROJECT')),
  scope text not null check (scope in ('LOCAL', 'NATIONAL', 'INTERNATIONAL')),
  status text not null default 'PROSPECT' check (status in ('PROSPECT', 'NEGOTIATING', 'ACTIVE', 'COMPLETED', 'ENDED')),
  start_date date,
  end_date date,
  owner_id uuid references app_user (id) on delete set null,
  next_follow_up_on date,
  public_description text not null default '',
  internal_notes text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  last_activity_at timestamptz not null default now(),
  version integer not null default 1,
  search_vector tsvector generated always as (
    setweight(to_tsvector('telka', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('telka', coalesce(public_description, '')), 'B')
  ) stored,
  constraint partnership_dates check (end_date is null or start_date is null or end_date >= start_date)
);
create index partnership_status_idx on partnership (status);
create index partnership_scope_idx on partnership (scope);
create index partnership_kind_idx on partnership (kind);
create index partnership_owner_idx on partnership (owner_id);
create index partnership_follow_up_idx on partnership (next_follow_up_on, id) where next_follow_up_on is not null;
create index partnership_created_idx on partnership (created_at desc, id desc);
create index partnership_activity_idx on partnership (last_activity_at desc, id desc);
create index partnership_search_idx on partnership using gin (search_vector);

create table partnership_party (
  partnership_id uuid not null references partnership (id) on delete cascade,
  organisation_id uuid not null references organisation (id) on delete restrict,
  role text not null default 'PARTNER' check (role in ('LEAD', 'PARTNER', 'MEMBER', 'FUNDER', 'OBSERVER')),
  primary key (partnership_id, organisation_id)
);
create index partnership_party_organisation_idx on partnership_party (organisation_id);

create table partnership_initiative (
  partnership_id uuid not null references partnership (id) on delete cascade,
  initiative_id uuid not null references initiative (id) on delete cascade,
  primary key (partnership_id, initiative_id)
);
create index partnership_initiative_initiative_idx on partnership_initiative (initiative_id);

create table partnership_contact (
  id uuid primary key default gen_random_uuid(),
  partnership_id uuid not null references partnership (id) on delete cascade,
  organisation_id uuid references organisation (id) on delete set null,
  name text not null,
  position text,
  email citext,
  phone text
);
create index partnership_contact_partnership_idx on partnership_contact (partnership_id);

create table partnership_activity (
  id uuid primary key default gen_random_uuid(),
  partnership_id uuid not null references partnership (id) on delete cascade,
  kind text not null check (kind in ('MEETING', 'CALL', 'LETTER', 'AGREEMENT_SIGNED', 'NOTE')),
  occurred_on date not null,
  summary text not null check (length(btrim(summary)) > 0),
  people_present text not null default '',
  created_by_id uuid references app_user (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index partnership_activity_partnership_idx on partnership_activity (partnership_id, occurred_on desc, id);

create table board_seat (
  id uuid primary key default gen_random_uuid(),
  seat_number integer not null check (seat_number between 1 and 13),
  user_id uuid references app_user (id) on delete set null,
  organisation_id uuid not null references organisation (id) on delete restrict,
  sector text not null check (sector in ('NGO', 'BUSINESS', 'PUBLIC')),
  term_start date not null,
  term_end date not null,
  check (term_end >= term_start),
  unique (seat_number, term_start)
);
create index board_seat_term_idx on board_seat (term_start, term_end);

create table call_for_proposals (
  id uuid primary key default gen_random_uuid(),
  title text not null,
  strategy_id uuid references strategy (id) on delete set null,
  measure_id uuid references measure (id) on delete set null,
  opens_at timestamptz not null,
  closes_at timestamptz not null,
  budget_cents bigint not null default 0 check (budget_cents >= 0),
  status text not null default 'DRAFT' check (status in ('DRAFT', 'OPEN', 'CLOSED', 'DECIDED')),
  created_at timestamptz not null default now(),
  check (closes_at > opens_at)
);
create index call_for_proposals_opens_idx on call_for_proposals (opens_at desc, id);

create table call_criterion (
  id uuid primary key default gen_random_uuid(),
  call_id uuid not null references call_for_proposals (id) on delete cascade,
  position integer not null,
  title text not null,
  max_score integer not null check (max_score > 0),
  weight numeric(5, 2) not null default 1 check (weight > 0),
  unique (call_id, position)
);

create table call_application (
  call_id uuid not null references call_for_proposals (id) on delete cascade,
  initiative_id uuid not null references initiative (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (call_id, initiative_id)
);
create index call_application_initiative_idx on call_application (initiative_id);

create table evaluation (
  id uuid primary key default gen_random_uuid(),
  call_id uuid not null references call_for_proposals (id) on delete cascade,
  initiative_id uuid not null references initiative (id) on delete cascade,
  board_seat_id uuid not null references board_seat (id) on delete cascade,
  criterion_id uuid not null references call_criterion (id) on delete cascade,
  score integer not null check (score >= 0),
  comment text,
  created_at timestamptz not null default now(),
  unique (call_id, initiative_id, board_seat_id, criterion_id)
);
create index evaluation_initiative_idx on evaluation (initiative_id);

create table event (
  id uuid primary key default gen_random_uuid(),
  title text not null,
  description text not null default '',
  kind text not null check (kind in ('TRAINING', 'MEETING', 'GENERAL_MEETING', 'OTHER')),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  location text,
  capacity integer check (capacity > 0),
  created_at timestamptz not null default now(),
  check (ends_at >= starts_at)
);
create index event_starts_idx on event (starts_at, id);

create table event_registration (
  event_id uuid not null references event (id) on delete cascade,
  user_id uuid not null references app_user (id) on delete cascade,
  organisation_id uuid references organisation (id) on delete set null,
  created_at timestamptz not null default now(),
  primary key (event_id, user_id)
);
create index event_registration_user_idx on event_registration (user_id);

create table notification (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references app_user (id) on delete cascade,
  kind text not null,
  payload jsonb not null default '{}',
  created_at timestamptz not null default now(),
  read_at timestamptz,
  emailed_at timestamptz
);
create index notification_user_idx on notification (user_id, created_at desc);
create index notification_unread_idx on notification (user_id) where read_at is null;
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop table if exists notification, event_registration, event, evaluation, call_application, call_criterion,
  call_for_proposals, board_seat, partnership_activity, partnership_contact, partnership_initiative,
  partnership_party, partnership, comment_flag, comment_revision, comment, endorsement, status_change,
  co_proposer, initiative_theme, initiative, milestone, measure, strategy_priority, strategy, theme,
  audit_entry, rate_limit, session, invitation, affiliation, app_user, organisation, eldership cascade;
drop text search configuration if exists telka;
`);
  }
}
