-- 政策 (issue 6): the zone pack's policy rule files as stored for every app node, the drafts policy-makers simulate,
-- and the revisions published from them. The catalogue in force is the pack's files plus the published revisions,
-- applied in version order; a revision only ever adds a version from its date, so history is never edited.

-- 政策目录 — the texts of policies/*.yaml (rule files, not golden tests), written by
-- server/platform/zone/apply-zone-pack.ts with the rest of the pack: [{ file, text }].
create table policy_catalogues (
  zone_id text primary key references zones (id),
  documents jsonb not null,
  -- sha256 of the validated catalogue (comments in the files do not count)
  content_hash text not null,
  loaded_at timestamptz not null default now()
);

comment on table policy_catalogues is '政策目录 — the policy rule files of the zone pack';

-- 政策草案 — proposed values of a policy's own parameters from a date; simulated against the version in force, then
-- published (once) as a new version. A published draft is kept, read-only, as the record of what was decided.
create table policy_drafts (
  id uuid primary key default gen_random_uuid(),
  zone_id text not null references zones (id),
  policy_id text not null,
  valid_from date not null,
  -- { parameterName: literal value }
  parameters jsonb not null check (jsonb_typeof(parameters) = 'object'),
  note text,
  status text not null default 'draft' check (status in ('draft', 'published')),
  created_by uuid not null references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  published_version integer,
  check ((status = 'published') = (published_version is not null))
);

comment on table policy_drafts is '政策草案 — parameter changes under simulation, and the record of those published';

create index policy_drafts_policy_idx on policy_drafts (zone_id, policy_id, created_at desc);

-- 政策修订 — a published draft: the new version it starts. Versions of one policy are numbered on from the pack's.
create table policy_revisions (
  zone_id text not null references zones (id),
  policy_id text not null,
  version integer not null,
  valid_from date not null,
  parameters jsonb not null,
  note text,
  draft_id uuid not null unique references policy_drafts (id),
  published_by uuid not null references users (id),
  published_at timestamptz not null default now(),
  primary key (zone_id, policy_id, version)
);

comment on table policy_revisions is '政策修订 — a new policy version published from a draft; never changed afterwards';

-- Permissions of the built-in roles: the matching lists (政策找企业) for officers, coordinators and lead departments;
-- drafts and simulation for the policy-makers (administrator, coordinator, lead department); publishing a new
-- version for the administrator and the coordinator (the joint-meeting secretariat). Reading and self-check are public.
update roles set permissions = array(select distinct unnest(permissions || '{policies.match}'::text[]) order by 1)
 where id in ('platform-admin', 'coordinator', 'intake-officer', 'reviewer', 'lead-department');
update roles set permissions = array(select distinct unnest(permissions || '{policies.simulate}'::text[]) order by 1)
 where id in ('platform-admin', 'coordinator', 'lead-department');
update roles set permissions = array(select distinct unnest(permissions || '{policies.edit}'::text[]) order by 1)
 where id in ('platform-admin', 'coordinator');
