-- 日历调整 per zone (issue 7): an administrator keeps the working-day overrides (补班 / 调休 exceptions, a year the
-- official calendar does not know yet) of their zone, and the deadlines read them. Existing rows belong to the zone
-- of the installation.
alter table calendar_overrides add column zone_id text references zones (id);
update calendar_overrides set zone_id = (select id from zones order by id limit 1) where zone_id is null;
alter table calendar_overrides alter column zone_id set not null;
alter table calendar_overrides drop constraint calendar_overrides_pkey;
alter table calendar_overrides add primary key (zone_id, date);

update roles set permissions = array(select distinct unnest(permissions || '{cases.calendar.manage}'::text[]) order by 1)
 where id = 'platform-admin';
