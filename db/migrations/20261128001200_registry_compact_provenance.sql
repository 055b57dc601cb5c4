-- 来源 (issue 5): a golden record's provenance is stored grouped by record (record id → the fields taken from it)
-- instead of source, batch, row and record id per field. The record carries its source, batch and row; the old form
-- made a golden record 1.5 kB, compressed and stored apart (TOAST), which was a third of a full resolution's write.
update registry_enterprises e
   set provenance = coalesce(
         (select jsonb_object_agg(g.record_id, g.fields)
            from (select p.value ->> 'recordId' as record_id, jsonb_agg(p.key order by p.key) as fields
                    from jsonb_each(e.provenance) as p
                   where p.value ->> 'recordId' is not null
                   group by 1) as g),
         '{}')
 where exists (select 1 from jsonb_each(e.provenance) as p where jsonb_typeof(p.value) = 'object');
