-- Fewer checks and indexes per bulk-written row (issue 5: a million records imported and resolved in two minutes).
-- Each foreign key check on a bulk-written row is an index probe plus a key-share lock on the referenced row.

-- 来源记录: one key to its batch (id, zone, source) replaces three (zone, source, batch) and is stricter: a record's
-- source is its batch's source. The batch's source and zone are checked by the batch's own keys.
alter table registry_import_batches add constraint registry_import_batches_id_source_key unique (id, zone_id, source_id);
alter table registry_records
  drop constraint registry_records_zone_id_fkey,
  drop constraint registry_records_zone_id_source_id_fkey,
  drop constraint registry_records_batch_id_fkey,
  add constraint registry_records_batch_fkey foreign key (batch_id, zone_id, source_id)
    references registry_import_batches (id, zone_id, source_id);

-- 归并: a million links, written only by a resolution, which writes each record's link and its enterprise together in
-- one transaction under the zone's resolution lock (and removes an enterprise only once no link names it; records
-- are never removed). The two checks per link tripled the cost of writing them; the resolution tests check that
-- every link has its record and its enterprise.
alter table registry_record_links
  drop constraint registry_record_links_record_id_fkey,
  drop constraint registry_record_links_enterprise_id_fkey;
