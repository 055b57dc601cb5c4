-- 企业清单读取 (issue 5, read side): the indexes that lookup, lists and the coverage report need, and the
-- pre-aggregated statistics that keep every statistics query over a million enterprises well under 200 ms.

-- 名称查找 — any part of a normalised name. pg_trgm is no use here: the embedded cluster is initialised with locale C,
-- under which pg_trgm extracts no trigrams from Chinese text at all. Instead the character bigrams of name_key go
-- into a GIN index: a query's bigrams narrow the candidates, strpos() confirms the substring. A key of fewer than
-- two characters has no bigrams (callers must not search with an empty array, which every row contains).
-- GIN's pending list batches index insertions but every search reads all of it: kept small (64 kB) so that a bulk
-- write leaves no more than a few milliseconds of it for lookups to read (a 4 MB list made one take 130 ms).
create function registry_name_grams(name_key text) returns text[]
  language sql immutable strict parallel safe
  as $$ select array(select substr(name_key, i, 2) from generate_series(1, length(name_key) - 1) as i) $$;

create index registry_enterprises_name_grams_idx on registry_enterprises using gin (registry_name_grams(name_key))
  with (gin_pending_list_limit = 64);

-- A credit code typed in part: a prefix range, whatever the database's collation.
create index registry_enterprises_credit_code_prefix_idx on registry_enterprises (credit_code text_pattern_ops)
  where credit_code is not null;

-- Lists are ordered by name. The name order index also carries what a lookup's scan in name order tests (name_key,
-- and the town and body that scopes look at), so that scan reads the index alone. The coverage report's two lists
-- are small slices of a large table: each has a partial index for its pages (by name) and one for its counts by
-- town and body (index-only).
create index registry_enterprises_name_idx on registry_enterprises (zone_id, name, id) include (name_key, town_code, body_id);
create index registry_enterprises_missing_idx on registry_enterprises (zone_id, name, id)
  where in_zone and not in_directory and status = 'active';
create index registry_enterprises_missing_town_idx on registry_enterprises (zone_id, town_code, body_id)
  where in_zone and not in_directory and status = 'active';
create index registry_enterprises_outside_idx on registry_enterprises (zone_id, name, id)
  where in_directory and in_zone = false;
create index registry_enterprises_outside_town_idx on registry_enterprises (zone_id, town_code, body_id)
  where in_directory and in_zone = false;

-- 统计立方 — the enterprises statistics count (active, not known to lie outside the zone, not left), summed by every
-- dimension statistics break down by or filter on. A few thousand rows stand for a million enterprises; data scopes
-- apply to them as to the enterprises (town_code, body_id). A measure no enterprise gives sums to 0.
create table registry_statistics_cells (
  zone_id text not null references zones (id),
  area text,
  town_code text,
  body_id text,
  community text,
  industry text,
  chain_segment text,
  enterprises integer not null,
  registered_capital numeric not null,
  employees bigint not null,
  revenue numeric not null,
  tax numeric not null,
  unique nulls not distinct (zone_id, area, town_code, body_id, community, industry, chain_segment)
);

-- 年度事件 — per year and dimension cell: enterprises founded, entering the zone, leaving it; `started` and `ended`
-- bound the years an enterprise counts as active (from entering, or founding when the entry is unknown, to leaving).
-- Counted: enterprises in the zone or not yet placed, and those that left it.
create table registry_statistics_years (
  zone_id text not null references zones (id),
  area text,
  town_code text,
  body_id text,
  industry text,
  chain_segment text,
  year integer not null,
  founded integer not null,
  entered integer not null,
  left_zone integer not null,
  started integer not null,
  ended integer not null,
  unique nulls not distinct (zone_id, area, town_code, body_id, industry, chain_segment, year)
);

-- Both tables are kept exact in the transaction that changes an enterprise: statement triggers add the changed rows'
-- contribution (sign 1 for new rows, -1 for old ones) from the transition tables. The two upserts are written once,
-- here, over any set of rows with a sign column; the trigger runs them on the transition tables and the rebuild on
-- the whole table. Upserts go in key order so that concurrent writers lock cells in the same order.
create function registry_statistics_upserts(changed_rows text) returns text[]
  language sql immutable
  as $fn$
  select array[
    format($q$
      insert into registry_statistics_cells as c
             (zone_id, area, town_code, body_id, community, industry, chain_segment, enterprises, registered_capital, employees, revenue, tax)
      select d.zone_id, d.area, d.town_code, d.body_id, d.community, d.industry, d.chain_segment, sum(d.sign),
             coalesce(sum(d.sign * d.registered_capital), 0), coalesce(sum(d.sign * d.employees), 0),
             coalesce(sum(d.sign * d.revenue), 0), coalesce(sum(d.sign * d.tax), 0)
        from (%s) as d
       where d.status = 'active' and d.left_zone_on is null and d.in_zone is not false
       group by 1, 2, 3, 4, 5, 6, 7
       order by 1, 2, 3, 4, 5, 6, 7
      on conflict (zone_id, area, town_code, body_id, community, industry, chain_segment) do update
         set enterprises = c.enterprises + excluded.enterprises,
             registered_capital = c.registered_capital + excluded.registered_capital,
             employees = c.employees + excluded.employees,
             revenue = c.revenue + excluded.revenue,
             tax = c.tax + excluded.tax
    $q$, changed_rows),
    -- A deregistered enterprise without a leaving date has no known end: it is left out of "active" altogether.
    format($q$
      insert into registry_statistics_years as y
             (zone_id, area, town_code, body_id, industry, chain_segment, year, founded, entered, left_zone, started, ended)
      select d.zone_id, d.area, d.town_code, d.body_id, d.industry, d.chain_segment, v.year,
             coalesce(sum(d.sign) filter (where v.event = 'founded'), 0), coalesce(sum(d.sign) filter (where v.event = 'entered'), 0),
             coalesce(sum(d.sign) filter (where v.event = 'left'), 0), coalesce(sum(d.sign) filter (where v.event = 'started'), 0),
             coalesce(sum(d.sign) filter (where v.event = 'ended'), 0)
        from (%s) as d
       cross join lateral (values
         ('founded', extract(year from d.founded_on)::int),
         ('entered', extract(year from d.entered_zone_on)::int),
         ('left', extract(year from d.left_zone_on)::int),
         ('started', case when d.status = 'active' or d.left_zone_on is not null
                          then extract(year from coalesce(d.entered_zone_on, d.founded_on))::int end),
         ('ended', case when coalesce(d.entered_zone_on, d.founded_on) is not null then extract(year from d.left_zone_on)::int end)
       ) as v (event, year)
       where v.year is not null and (d.in_zone is not false or d.left_zone_on is not null)
       group by 1, 2, 3, 4, 5, 6, 7
       order by 1, 2, 3, 4, 5, 6, 7
      on conflict (zone_id, area, town_code, body_id, industry, chain_segment, year) do update
         set founded = y.founded + excluded.founded,
             entered = y.entered + excluded.entered,
             left_zone = y.left_zone + excluded.left_zone,
             started = y.started + excluded.started,
             ended = y.ended + excluded.ended
    $q$, changed_rows)
  ]
$fn$;

create function registry_statistics_track() returns trigger
  language plpgsql
  as $$
declare
  upsert text;
begin
  if tg_op = 'TRUNCATE' then
    delete from registry_statistics_cells;
    delete from registry_statistics_years;
    return null;
  end if;
  foreach upsert in array registry_statistics_upserts(case tg_op
      when 'INSERT' then 'select 1 as sign, n.* from registry_statistics_new n'
      when 'DELETE' then 'select -1 as sign, o.* from registry_statistics_old o'
      else 'select 1 as sign, n.* from registry_statistics_new n union all select -1 as sign, o.* from registry_statistics_old o'
    end) loop
    execute upsert;
  end loop;
  return null;
end
$$;

create trigger registry_enterprises_statistics_insert after insert on registry_enterprises
  referencing new table as registry_statistics_new
  for each statement execute function registry_statistics_track();
create trigger registry_enterprises_statistics_update after update on registry_enterprises
  referencing old table as registry_statistics_old new table as registry_statistics_new
  for each statement execute function registry_statistics_track();
create trigger registry_enterprises_statistics_delete after delete on registry_enterprises
  referencing old table as registry_statistics_old
  for each statement execute function registry_statistics_track();
create trigger registry_enterprises_statistics_truncate after truncate on registry_enterprises
  for each statement execute function registry_statistics_track();

-- From scratch, over every enterprise: for enterprises written before this migration, and to check the triggers.
create function registry_statistics_rebuild() returns void
  language plpgsql
  as $$
declare
  upsert text;
begin
  delete from registry_statistics_cells;
  delete from registry_statistics_years;
  foreach upsert in array registry_statistics_upserts('select 1 as sign, e.* from registry_enterprises e') loop
    execute upsert;
  end loop;
end
$$;

select registry_statistics_rebuild();
