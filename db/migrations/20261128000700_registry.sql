-- 企业清单 (issue 5): source records from named sources with their provenance, import batches and rejected rows,
-- the reconciled enterprises (golden records) with location and industry, reviewer decisions and the review queue.
--
-- Entity resolution is recomputed from all source records plus the reviewers' decisions (must-link / cannot-link),
-- so a re-run is deterministic and never forgets a human decision. An enterprise's id is stable across re-runs: the
-- valid credit code when the cluster has one, else the smallest source-record id of the cluster ('R:' prefixed).

-- 数据来源 — written from the zone pack's registry.yaml at start (like the layers): the column-mapping template,
-- its trust rank for survivorship, and which source is the statistics directory (名录库).
create table registry_sources (
  zone_id text not null references zones (id),
  id text not null,
  name text not null,
  name_en text not null,
  -- lower is more trusted (survivorship picks each golden field from the most trusted source that has it)
  trust_rank integer not null,
  is_statistics_directory boolean not null default false,
  -- the validated mapping template: { columns: { field: [header aliases…] }, required: [...], … }
  mapping jsonb not null,
  primary key (zone_id, id)
);

comment on table registry_sources is '数据来源 — a named source of enterprise records with its column mapping';

create unique index registry_sources_one_directory on registry_sources (zone_id) where is_statistics_directory;

-- 导入批次 — one uploaded file. The same file (sha256) for the same source is imported once: a second upload
-- answers with the first batch and changes nothing.
create table registry_import_batches (
  id bigint generated always as identity primary key,
  zone_id text not null references zones (id),
  source_id text not null,
  file_name text not null,
  file_sha256 text not null,
  file_bytes bigint not null,
  file_format text not null check (file_format in ('csv', 'xlsx')),
  -- detected text encoding of a CSV (utf-8, gb18030); null for xlsx
  encoding text,
  status text not null check (status in ('running', 'done', 'failed')),
  rows_read integer not null default 0,
  rows_valid integer not null default 0,
  rows_rejected integer not null default 0,
  -- records new or changed by this batch (unchanged rows of a re-sent file count as read, not as changed)
  rows_changed integer not null default 0,
  failure jsonb,
  started_by uuid references users (id),
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  foreign key (zone_id, source_id) references registry_sources (zone_id, id)
);

comment on table registry_import_batches is '导入批次 — one imported file of one source, with its counts';

create unique index registry_import_batches_file_key on registry_import_batches (zone_id, source_id, file_sha256)
  where status <> 'failed';

-- 拒收行 — a row that failed validation: row number (as the user sees it in the file), column and reason.
create table registry_import_rejections (
  batch_id bigint not null references registry_import_batches (id) on delete cascade,
  row_no integer not null,
  column_name text,
  reason text not null,
  raw jsonb,
  primary key (batch_id, row_no, column_name)
);

-- 来源记录 — one row of one source, its mapped fields and every other column; provenance (batch and row) of the
-- latest version of the row. id = '<source>:<the source's own row key>' (or the row's content hash if it has none).
create table registry_records (
  id text primary key,
  zone_id text not null references zones (id),
  source_id text not null,
  batch_id bigint not null references registry_import_batches (id),
  row_no integer not null,
  row_hash text not null,
  credit_code text,
  name text not null,
  address text,
  legal_rep text,
  phone text,
  founded_on text,
  industry_code text,
  -- numeric measures and other mapped attributes (registered_capital, employees, revenue, tax, status, lng, lat …)
  attributes jsonb not null default '{}',
  imported_at timestamptz not null default now(),
  foreign key (zone_id, source_id) references registry_sources (zone_id, id)
);

comment on table registry_records is '来源记录 — a source row with its provenance (source, batch, row)';

create index registry_records_source_idx on registry_records (zone_id, source_id);

-- 企业 (golden record) — one reconciled enterprise.
create table registry_enterprises (
  id text primary key,
  zone_id text not null references zones (id),
  credit_code text unique check (credit_code is null or credit_code ~ '^[0-9A-HJ-NP-RTUW-Y]{18}$'),
  name text not null,
  -- normalised name (no region prefix, legal form or brackets) for lookup
  name_key text not null,
  address text,
  legal_rep text,
  phone text,
  founded_on date,
  industry_code text,
  -- 三大先导产业: biomedicine | integrated-circuits | artificial-intelligence | other
  industry text,
  -- 产业链环节 (IC: design, manufacturing, packaging-testing, equipment, materials; biomedicine: innovative-drugs,
  -- cro, cdmo, cell-gene-therapy, medical-devices)
  chain_segment text,
  registered_capital numeric,
  employees integer,
  revenue numeric,
  tax numeric,
  status text not null default 'active' check (status in ('active', 'deregistered')),
  -- where it is: original | expansion (null when outside the zone or not placed); the body area, town, community
  area text check (area is null or area in ('original', 'expansion')),
  in_zone boolean,
  body_id text,
  town_code text check (town_code is null or town_code ~ '^[0-9]{9}$'),
  community text,
  lng double precision,
  lat double precision,
  -- how it was placed: coordinates | address | manual; null = not placed (the manual-location list)
  located_by text check (located_by is null or located_by in ('coordinates', 'address', 'manual')),
  in_directory boolean not null default false,
  entered_zone_on date,
  left_zone_on date,
  -- per golden field: { source, batchId, rowNo, recordId }
  provenance jsonb not null default '{}',
  record_count integer not null default 1,
  updated_at timestamptz not null default now()
);

comment on table registry_enterprises is '企业清单 — the reconciled enterprise (golden record) with location and industry';

create index registry_enterprises_town_idx on registry_enterprises (zone_id, town_code);
create index registry_enterprises_body_idx on registry_enterprises (zone_id, body_id);
create index registry_enterprises_industry_idx on registry_enterprises (zone_id, industry, chain_segment);
create index registry_enterprises_name_key_idx on registry_enterprises (name_key text_pattern_ops);
create index registry_enterprises_unplaced_idx on registry_enterprises (zone_id) where located_by is null;

-- 归并 — which enterprise each source record belongs to, and how it got there.
create table registry_record_links (
  record_id text primary key references registry_records (id) on delete cascade,
  enterprise_id text not null references registry_enterprises (id) on delete cascade,
  -- the match weight that joined it (null for the cluster's first record or a credit-code match)
  weight double precision,
  linked_by text not null check (linked_by in ('credit-code', 'model', 'reviewer', 'single'))
);

create index registry_record_links_enterprise_idx on registry_record_links (enterprise_id);

-- 人工判定 — a reviewer's decision on a pair of records; resolution honours it on every re-run.
create table registry_match_decisions (
  zone_id text not null references zones (id),
  record_a text not null,
  record_b text not null,
  decision text not null check (decision in ('same', 'different')),
  decided_by uuid references users (id),
  decided_at timestamptz not null default now(),
  primary key (zone_id, record_a, record_b),
  check (record_a < record_b)
);

-- 待审核 — pairs the model could not decide (weight between the two thresholds), with the waterfall explanation.
create table registry_review_items (
  id bigint generated always as identity primary key,
  zone_id text not null references zones (id),
  record_a text not null references registry_records (id) on delete cascade,
  record_b text not null references registry_records (id) on delete cascade,
  weight double precision not null,
  explanation jsonb not null,
  -- the enterprises the two records sit in now (for scoping and for the reviewer's view)
  enterprise_a text,
  enterprise_b text,
  town_code text,
  body_id text,
  status text not null default 'open' check (status in ('open', 'decided')),
  unique (zone_id, record_a, record_b),
  check (record_a < record_b)
);

create index registry_review_items_open_idx on registry_review_items (zone_id, weight desc) where status = 'open';

-- 企业清单 permissions of the built-in roles: reading for the officers, the coordinator and lead departments;
-- import, review and manual location for the coordinator and the administrator.
update roles set permissions = array_append(permissions, 'registry.read')
 where id in ('platform-admin', 'coordinator', 'intake-officer', 'reviewer', 'lead-department')
   and not ('registry.read' = any (permissions));
update roles set permissions = array_append(permissions, 'registry.import')
 where id in ('platform-admin', 'coordinator') and not ('registry.import' = any (permissions));
update roles set permissions = array_append(permissions, 'registry.review')
 where id in ('platform-admin', 'coordinator') and not ('registry.review' = any (permissions));
