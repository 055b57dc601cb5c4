-- Platform-wide settings that administrators change at run time (not zone-pack data, not secrets).
-- schema_migrations itself is created by server/platform/db/migrate.ts before the first migration runs.
create table platform_settings (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null default now()
);

comment on table platform_settings is '平台设置 — run-time settings changed by administrators';
