-- 办件 (issue 7): the zone pack's workflow definitions, cases with their state, submissions, materials, timeline
-- and documents, gap-free case numbers, idempotent submission, the calendar overrides, and the cases permissions
-- of the built-in roles.

-- Every version of every workflow the zone pack has carried: a case keeps running on the definition version it was
-- opened with, so old versions stay. The pack's current version of each workflow has is_current.
create table workflow_definitions (
  zone_id text not null references zones (id),
  workflow_id text not null,
  version text not null,
  definition jsonb not null,
  content_hash text not null,
  is_current boolean not null default true,
  loaded_at timestamptz not null default now(),
  primary key (zone_id, workflow_id, version)
);

comment on table workflow_definitions is '流程定义 — the workflows of the zone pack, every version a case may run on';

-- 办件编号计数 — one row per prefix and year. The submit transaction increments it (the row stays locked until
-- commit), so a rolled-back submission gives its number back: numbers are gap-free.
create table case_number_counters (
  prefix text not null,
  year integer not null,
  last_seq integer not null check (last_seq >= 0),
  primary key (prefix, year)
);

comment on table case_number_counters is '办件编号计数 — the last case number issued per prefix and year';

create table cases (
  id uuid primary key,
  zone_id text not null references zones (id),
  case_number text not null unique,
  case_type text not null,
  workflow_id text not null,
  definition_version text not null,
  policy_id text not null,
  policy_version integer not null,
  -- 申请企业
  applicant_unit_id text not null references org_units (id),
  submitted_by uuid not null references users (id),
  -- the workflow's CaseState (core/workflow), as it is
  state jsonb not null,
  stage_id text not null,
  status text not null check (status in ('open', 'closed')),
  outcome text check (outcome in ('withdrawn', 'refused', 'rejected', 'completed')),
  -- optimistic concurrency: every action updates `where id = $1 and version = $2`
  version integer not null default 1 check (version >= 1),
  -- the CaseRoute of core/routing computed at submission (null route status: needs-manual-location)
  route jsonb,
  -- data scope: where the applicant is
  body_id text references org_units (id),
  town_code text check (town_code ~ '^[0-9]{9}$'),
  -- data scope: every unit the case was ever assigned or copied to, and its experts
  unit_ids text[] not null default '{}',
  expert_user_ids uuid[] not null default '{}',
  -- the policy's evaluation at the latest submission (result, amount, trace)
  eligibility jsonb not null,
  -- deadline of the worst running clock, recomputed at each action, for the colour filter in SQL:
  -- yellow from deadline_yellow_on, red after deadline_due; both null while no clock runs or all are paused
  deadline_yellow_on date,
  deadline_due date,
  submitted_at timestamptz not null,
  updated_at timestamptz not null default now(),
  foreign key (zone_id, workflow_id, definition_version) references workflow_definitions (zone_id, workflow_id, version)
);

comment on table cases is '办件 — one application and its workflow state';

create index cases_applicant_idx on cases (applicant_unit_id, submitted_at desc);
create index cases_body_idx on cases (body_id, submitted_at desc);
create index cases_town_idx on cases (town_code);
create index cases_unit_ids_idx on cases using gin (unit_ids);
create index cases_expert_idx on cases using gin (expert_user_ids);
create index cases_due_idx on cases (deadline_due) where status = 'open';

-- 幂等键 — a retried submission with the same key returns the case the first one created. Deferred so the key row
-- can claim the key before the case row exists, inside one transaction.
create table case_idempotency_keys (
  user_id uuid not null references users (id),
  key text not null check (length(key) between 1 and 200),
  case_id uuid not null references cases (id) deferrable initially deferred,
  created_at timestamptz not null default now(),
  primary key (user_id, key)
);

comment on table case_idempotency_keys is '幂等键 — Idempotency-Key of a submission and the case it created';

-- 申请材料 — uploaded before the submission that uses them; kept in the database so that a backup includes them.
create table case_materials (
  id uuid primary key default gen_random_uuid(),
  enterprise_unit_id text not null references org_units (id),
  uploaded_by uuid not null references users (id),
  case_id uuid references cases (id),
  -- the policy's material id (e.g. audit-report)
  material_id text not null,
  name text not null,
  media_type text not null,
  size integer not null check (size > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea not null,
  created_at timestamptz not null default now()
);

comment on table case_materials is '申请材料 — an uploaded file, checked for size, type by content and checksum';

create index case_materials_case_idx on case_materials (case_id);

-- 提交快照 — the form data and materials of each submission (1 = submit, then each resubmission).
create table case_submissions (
  case_id uuid not null references cases (id),
  seq integer not null check (seq >= 1),
  facts jsonb not null,
  material_ids uuid[] not null,
  submitted_by uuid not null references users (id),
  submitted_at timestamptz not null,
  primary key (case_id, seq)
);

comment on table case_submissions is '提交快照 — the form data and materials of one submission';

-- 办件时间线 — every action: who, for which unit, in which capacity, with the payload and the definition version.
create table case_timeline (
  case_id uuid not null references cases (id),
  seq integer not null check (seq >= 1),
  at timestamptz not null,
  action text not null,
  user_id uuid not null references users (id),
  unit_id text,
  capacity text not null check (capacity in ('own', 'in-the-name-of')),
  in_name_of_unit_id text,
  from_stage text not null,
  to_stage text not null,
  payload jsonb not null,
  definition_version text not null,
  primary key (case_id, seq)
);

comment on table case_timeline is '办件时间线 — one row per action on a case';

-- 文书 — the PDFs issued on a case; the checksum is also in the audit log.
create table case_documents (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  kind text not null check (kind in ('acceptance-notice', 'refusal-decision', 'correction-notice', 'decision')),
  title text not null,
  issuer_unit_id text not null,
  content bytea not null,
  size integer not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  issued_at timestamptz not null default now()
);

comment on table case_documents is '文书 — 受理通知书, 不予受理决定书, 补正告知书, 决定书 of a case';

create index case_documents_case_idx on case_documents (case_id, issued_at);

-- 日历调整 — an administrator's corrections of the official calendar, read at start.
create table calendar_overrides (
  date date primary key,
  kind text not null check (kind in ('workday', 'holiday')),
  reason text not null check (length(reason) between 1 and 200),
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);

comment on table calendar_overrides is '日历调整 — a day declared a working day or a day off, overriding the official calendar';

-- Permissions of the built-in roles: enterprises apply; everyone reads and acts within scope (the workflow decides
-- which actions); coordinators and administrators supervise overdue cases.
update roles set permissions = array(select distinct unnest(permissions || '{cases.apply}'::text[]) order by 1)
 where id = 'enterprise-staff';
update roles set permissions = array(select distinct unnest(permissions || '{cases.read,cases.act}'::text[]) order by 1)
 where id in ('platform-admin', 'coordinator', 'intake-officer', 'reviewer', 'expert', 'enterprise-staff', 'lead-department');
update roles set permissions = array(select distinct unnest(permissions || '{cases.supervise}'::text[]) order by 1)
 where id in ('platform-admin', 'coordinator');
