-- 空间 (issue 4): versions of the boundary layers, the zone pack's gazetteer and routing rules, and the territory
-- permissions of the built-in roles.

-- Every version of every layer. The zone pack's layer is version 1 (copied from territory_layers by the territory
-- module at start); an administrator's import adds the next version, in force from the import, and closes the
-- previous one. Exactly one version per layer is in force (valid_to is null); a date picks the version whose
-- [valid_from, valid_to) holds it, valid_from null meaning "from the beginning".
create table territory_layer_versions (
  zone_id text not null references zones (id),
  layer text not null,
  version integer not null check (version >= 1),
  -- always WGS-84 (an import in GCJ-02 or BD-09 is converted before it is stored)
  geojson jsonb not null,
  -- sha256 of the GeoJSON; also the layer's HTTP ETag
  content_hash text not null,
  feature_count integer not null,
  source text not null,
  verified boolean not null,
  approximate boolean not null,
  origin text not null check (origin in ('zone-pack', 'import')),
  -- the CRS the file came in
  input_crs text not null default 'wgs84' check (input_crs in ('wgs84', 'gcj02', 'bd09')),
  imported_by uuid references users (id),
  -- the validation report of an import (problems, warnings, methods)
  report jsonb,
  valid_from timestamptz,
  valid_to timestamptz,
  created_at timestamptz not null default now(),
  primary key (zone_id, layer, version),
  check (valid_to is null or valid_from is null or valid_from <= valid_to)
);

comment on table territory_layer_versions is '图层版本 — every version of a boundary layer, with the dates it was in force';

create unique index territory_layer_versions_current_key on territory_layer_versions (zone_id, layer) where valid_to is null;

-- The zone pack's optional rule documents, as validated JSON: gazetteer.yaml (addresses) and routing.yaml (case
-- routes). Written by server/platform/zone/apply-zone-pack.ts with the rest of the pack.
create table zone_rule_sets (
  zone_id text not null references zones (id),
  kind text not null check (kind in ('gazetteer', 'routing')),
  version text not null,
  document jsonb not null,
  content_hash text not null,
  loaded_at timestamptz not null default now(),
  primary key (zone_id, kind)
);

comment on table zone_rule_sets is '规则文件 — the gazetteer and the routing rules of the zone pack';

-- territory.read: every built-in role (the map, the resolver and routes are common ground); layer import: the
-- platform administrator only.
update roles set permissions = array_append(permissions, 'territory.read')
 where id in ('platform-admin', 'coordinator', 'intake-officer', 'reviewer', 'expert', 'enterprise-staff', 'lead-department')
   and not ('territory.read' = any (permissions));
update roles set permissions = array_append(permissions, 'territory.layer.import')
 where id = 'platform-admin' and not ('territory.layer.import' = any (permissions));
