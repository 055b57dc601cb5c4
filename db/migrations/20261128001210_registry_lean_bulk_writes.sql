-- Fewer checks and indexes per bulk-written row (issue 5: a million records imported and resolved in two minutes).
-- A record's zone is already checked through its source ((zone_id, source_id) → registry_sources, whose zone is a
-- zone): the second foreign key cost one more index probe per imported row.
alter table registry_records drop constraint registry_records_zone_id_fkey;

-- The credit code's uniqueness and its prefix search (a code typed in part) share one index: the pattern operator
-- class serves equality as well as prefixes, whatever the database's collation.
alter table registry_enterprises drop constraint registry_enterprises_credit_code_key;
drop index registry_enterprises_credit_code_prefix_idx;
create unique index registry_enterprises_credit_code_key on registry_enterprises (credit_code text_pattern_ops);
