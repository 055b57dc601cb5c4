-- 企业清单 write side (issue 5): what an import's progress needs beyond the registry schema, and the zone pack's
-- registry settings that entity resolution reads (survivorship orders and the industry mapping).

-- An import reads its file, then re-runs entity resolution: the stage says which, bytes_read / file_bytes is its
-- progress, and heartbeat_at (touched about once a second while it runs) tells a batch whose node died — its
-- status stays 'running' — from one that is still working: such a batch is marked failed at the next start.
alter table registry_import_batches
  add column stage text not null default 'reading' check (stage in ('reading', 'resolving', 'done', 'failed')),
  add column bytes_read bigint not null default 0,
  add column heartbeat_at timestamptz not null default now();

-- 企业清单配置 — registry.yaml's survivorship orders, industry labels and GB/T 4754-2017 mapping, written on apply
-- like the sources (registry_sources), so that every app node resolves and classifies with the same settings.
create table registry_settings (
  zone_id text primary key references zones (id),
  version text not null,
  document jsonb not null,
  content_hash text not null,
  loaded_at timestamptz not null default now()
);

comment on table registry_settings is '企业清单配置 — survivorship and the industry mapping of the zone pack''s registry.yaml';
