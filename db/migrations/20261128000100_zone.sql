-- The zone pack in the database: the zone, its organisation tree, the responsibility matrix and the boundary
-- layers. Written only by server/platform/zone/apply-zone-pack.ts from zones/<zone>/; other tables refer to
-- org_units by id, so a unit dropped from the pack is retired (retired_at), never deleted.

create table zones (
  id text primary key,
  name text not null,
  name_en text not null,
  description text not null,
  description_en text not null,
  -- the documents the pack's facts cite: [{ id, title, official, … }]
  sources jsonb not null default '[]',
  source text not null,
  verified boolean not null,
  -- sha256 of the pack as last applied; an equal hash means there is nothing to do
  pack_hash text not null,
  applied_at timestamptz not null default now()
);

comment on table zones is '园区 — the zone an installation serves, as its zone pack describes it';

create table org_units (
  id text primary key,
  zone_id text not null references zones (id),
  kind text not null check (kind in ('zone', 'joint-meeting', 'working-group', 'office', 'department',
                                     'city-bureau', 'body', 'town', 'statistical-unit')),
  name text not null,
  name_en text not null,
  -- 9-digit statistical code (towns, statistical units) and its 12-digit form
  code text check (code ~ '^[0-9]{9}$'),
  code12 text check (code12 ~ '^[0-9]{12}$' and code12 like code || '%'),
  parent_id text references org_units (id) deferrable initially deferred,
  -- bodies only: the part of the zone they serve
  area text check (area in ('original', 'expansion')),
  -- kind-specific facts: shortName, note, approvalMark, townKind, codeSource
  attributes jsonb not null default '{}',
  source text not null,
  verified boolean not null,
  sort_order integer not null,
  retired_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

comment on table org_units is '组织 — departments, offices, bodies, towns, statistical units, the joint meeting and its working groups';

create index org_units_zone_kind_idx on org_units (zone_id, kind, sort_order) where retired_at is null;
create index org_units_parent_idx on org_units (parent_id);
create unique index org_units_zone_code_key on org_units (zone_id, code) where code is not null and retired_at is null;

create table responsibilities (
  id text primary key,
  zone_id text not null references zones (id),
  matter text not null,
  matter_en text not null,
  -- whole kinds of unit that support, e.g. {town}: "各街镇全力配合"
  support_kinds text[] not null default '{}',
  note text,
  note_en text,
  source text not null,
  verified boolean not null,
  sort_order integer not null,
  retired_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

comment on table responsibilities is '责任分工 — the responsibility matrix: who leads and who supports each matter';

create table responsibility_units (
  responsibility_id text not null references responsibilities (id) on delete cascade,
  org_unit_id text not null references org_units (id),
  role text not null check (role in ('lead', 'support')),
  sort_order integer not null,
  primary key (responsibility_id, role, org_unit_id)
);

comment on table responsibility_units is '责任分工单位 — lead and support units of each matter, in the order the pack lists them';

create index responsibility_units_unit_idx on responsibility_units (org_unit_id);

create table territory_layers (
  zone_id text not null references zones (id),
  layer text not null,
  name text not null,
  name_en text not null,
  -- the pack file it was loaded from, e.g. geo/towns.geojson
  file text not null,
  geometry text not null check (geometry in ('polygon', 'point', 'line')),
  unit_kind text,
  geojson jsonb not null,
  -- sha256 of the layer's GeoJSON, so clients and the loader can tell whether it changed
  content_hash text not null,
  source text not null,
  verified boolean not null,
  approximate boolean not null,
  sort_order integer not null,
  loaded_at timestamptz not null default now(),
  primary key (zone_id, layer)
);

comment on table territory_layers is '图层 — the boundary layers of a zone as GeoJSON (approximate unless verified)';
