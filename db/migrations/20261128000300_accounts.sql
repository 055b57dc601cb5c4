-- 账号与权限 (issue 3): users and their unit memberships, enterprises and the expert pool as organisation units,
-- enterprise self-registration, roles and scoped grants, sessions, API tokens and login throttling.
-- Secrets are stored hashed only: sessions by sha256 of their token, API tokens by sha256, passwords by argon2id.

-- Enterprises (external units, one per credit code) and the expert pool are org_units too, so that memberships,
-- grants and the acting unit work the same for them. They are not in the zone pack.
alter table org_units drop constraint org_units_kind_check;
alter table org_units add constraint org_units_kind_check
  check (kind in ('zone', 'joint-meeting', 'working-group', 'office', 'department', 'city-bureau', 'body', 'town',
                  'statistical-unit', 'enterprise', 'expert-pool'));

create table enterprises (
  unit_id text primary key references org_units (id),
  -- GB 32100 charset: digits and capitals without I, O, S, V, Z; the check digit is verified by the application
  credit_code text not null unique check (credit_code ~ '^[0-9A-HJ-NP-RTUW-Y]{18}$'),
  -- where it is located, when known: the body area and the town (9-digit code)
  body_id text references org_units (id),
  town_code text check (town_code ~ '^[0-9]{9}$'),
  created_at timestamptz not null default now()
);

comment on table enterprises is '企业 — an enterprise as an organisation unit, one per credit code';

create index enterprises_body_idx on enterprises (body_id);
create index enterprises_town_idx on enterprises (town_code);

-- 辖区 — what a unit covers besides the implicit rules (a body covers its own area, a town itself). The zone pack is
-- loaded after migrations, so unit_id carries no foreign key.
create table unit_coverage (
  unit_id text not null,
  body_id text,
  town_code text check (town_code ~ '^[0-9]{9}$'),
  check ((body_id is null) <> (town_code is null)),
  unique (unit_id, body_id, town_code)
);

comment on table unit_coverage is '辖区补充 — body areas and towns a unit covers beyond its own (张江科建办 → the original area)';

-- 张江科建办 accepts and reviews for the original area (seed 主要任务（五）).
insert into unit_coverage (unit_id, body_id) values ('zhangjiang-construction-office', 'zhangjiang');

create view unit_territory as
  select id as unit_id, id as body_id, null::text as town_code from org_units where kind = 'body' and retired_at is null
  union all
  select id, null, code from org_units where kind = 'town' and code is not null and retired_at is null
  union all
  select unit_id, body_id, town_code from unit_coverage;

-- The unit and every unit below it (for unit-tree scopes).
create function unit_subtree(root text) returns setof text language sql stable as $$
  with recursive tree (id) as (
    select root
    union
    select o.id from org_units o join tree t on o.parent_id = t.id where o.retired_at is null
  )
  select id from tree
$$;

create table users (
  id uuid primary key default gen_random_uuid(),
  -- lower case, so that uniqueness ignores case
  username text not null unique check (username ~ '^[a-z0-9][a-z0-9._@-]{1,63}$'),
  display_name text not null check (length(display_name) between 1 and 100),
  password_hash text not null,
  status text not null default 'active' check (status in ('active', 'disabled', 'pending')),
  -- mirrors of the username's row in login_attempts, for administrators
  failed_login_count integer not null default 0,
  locked_until timestamptz,
  must_change_password boolean not null default false,
  -- the unit chosen last, restored at the next login
  last_acting_unit_id text references org_units (id),
  password_changed_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

comment on table users is '用户 — a person who signs in: an officer, an expert, an enterprise staff member';

create table user_units (
  user_id uuid not null references users (id) on delete cascade,
  unit_id text not null references org_units (id),
  created_at timestamptz not null default now(),
  primary key (user_id, unit_id)
);

comment on table user_units is '所属单位 — the units a user belongs to and may act for';

create index user_units_unit_idx on user_units (unit_id, user_id);

create table roles (
  id text primary key check (id ~ '^[a-z][a-z0-9-]{1,62}$'),
  name text not null,
  name_en text not null,
  permissions text[] not null default '{}',
  built_in boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

comment on table roles is '角色 — a bundle of permissions; later modules add theirs to the built-in roles by migration';

create table grants (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null,
  role_id text not null references roles (id),
  unit_id text not null,
  scope text not null check (scope in ('zone', 'unit', 'unit-tree', 'territory', 'own')),
  granted_by uuid references users (id),
  created_at timestamptz not null default now(),
  -- a grant lives in a membership: leaving the unit ends the grants held there
  foreign key (user_id, unit_id) references user_units (user_id, unit_id) on delete cascade,
  unique (user_id, unit_id, role_id, scope)
);

comment on table grants is '授权 — a role granted to a user in a unit with a data scope';

create index grants_unit_idx on grants (unit_id);

create table enterprise_registrations (
  id uuid primary key default gen_random_uuid(),
  status text not null default 'pending' check (status in ('pending', 'verified', 'rejected')),
  credit_code text not null check (credit_code ~ '^[0-9A-HJ-NP-RTUW-Y]{18}$'),
  enterprise_name text not null,
  contact_name text not null,
  contact_phone text not null,
  body_id text references org_units (id),
  town_code text check (town_code ~ '^[0-9]{9}$'),
  submitted_user_id uuid not null references users (id),
  -- the enterprise unit, once known (an existing enterprise at submission, or created at verification)
  enterprise_unit_id text references org_units (id),
  submitted_at timestamptz not null default now(),
  reviewed_by uuid references users (id),
  reviewed_at timestamptz,
  reason text,
  check ((status = 'pending') = (reviewed_at is null)),
  check (status <> 'rejected' or reason is not null)
);

comment on table enterprise_registrations is '企业注册申请 — an enterprise staff account waiting for an intake officer';

-- One index per location column, led by it, then status and the list's order: a territory officer's queue page
-- and its count are short index ranges (index-only for the count), not a filter over the whole table.
create index enterprise_registrations_body_idx on enterprise_registrations (body_id, status, submitted_at desc, id);
create index enterprise_registrations_town_idx on enterprise_registrations (town_code, status, submitted_at desc, id);
create index enterprise_registrations_unit_idx on enterprise_registrations (enterprise_unit_id);
create index enterprise_registrations_user_idx on enterprise_registrations (submitted_user_id);
create index enterprise_registrations_list_idx on enterprise_registrations (submitted_at desc, id);
create index enterprise_registrations_status_idx on enterprise_registrations (status, submitted_at desc, id);
create index enterprise_registrations_code_idx on enterprise_registrations (credit_code);

create table sessions (
  -- sha256 (hex) of the cookie's token: a stolen table does not sign anyone in
  id text primary key,
  user_id uuid not null references users (id) on delete cascade,
  acting_unit_id text references org_units (id),
  csrf_token_hash text not null,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  idle_expires_at timestamptz not null,
  absolute_expires_at timestamptz not null,
  revoked_at timestamptz,
  client_address text,
  user_agent text
);

comment on table sessions is '会话 — a signed-in browser; revocable, with idle and absolute expiry';

create index sessions_user_idx on sessions (user_id) where revoked_at is null;

create table api_tokens (
  -- the public part of the token (zjsc_<id>_<secret>), shown in lists
  id text primary key,
  token_hash text not null,
  name text not null,
  user_id uuid not null references users (id) on delete cascade,
  acting_unit_id text not null references org_units (id),
  -- a subset of what the user holds in that unit; the scopes stay those of the user's grants
  permissions text[] not null,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  expires_at timestamptz
);

comment on table api_tokens is 'API 令牌 — a scoped credential for a system integration, shown once';

create index api_tokens_user_idx on api_tokens (user_id);

-- Failed sign-ins per username (known or not, so that a lock reveals nothing) and per client address, in the
-- database so that every app node sees the same counts.
create table login_attempts (
  kind text not null check (kind in ('username', 'address')),
  key text not null,
  failures integer not null,
  window_started_at timestamptz not null,
  locked_until timestamptz,
  primary key (kind, key)
);

comment on table login_attempts is '登录失败计数 — throttling and temporary lockout';

-- Built-in roles with the accounts module's permissions; later modules add theirs by migration.
insert into roles (id, name, name_en, permissions, built_in) values
  ('platform-admin', '平台管理员', 'Platform administrator',
   '{accounts.user.read,accounts.user.manage,accounts.role.read,accounts.role.manage,accounts.grant.read,accounts.grant.manage,accounts.unit.read,accounts.registration.read,accounts.registration.verify,accounts.token.manage}',
   true),
  ('coordinator', '统筹协调员', 'Coordinator',
   '{accounts.user.read,accounts.role.read,accounts.grant.read,accounts.unit.read,accounts.registration.read}', true),
  ('intake-officer', '受理人员', 'Intake officer',
   '{accounts.user.read,accounts.unit.read,accounts.registration.read,accounts.registration.verify}', true),
  ('reviewer', '审核人员', 'Reviewer', '{accounts.unit.read,accounts.registration.read}', true),
  ('expert', '评审专家', 'Expert', '{}', true),
  ('enterprise-staff', '企业经办人', 'Enterprise staff', '{accounts.unit.read,accounts.registration.read}', true),
  ('lead-department', '牵头部门', 'Lead department', '{accounts.unit.read}', true);
