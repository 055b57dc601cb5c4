-- The audit module's permissions for the built-in roles: administrators search, export and verify the log;
-- coordinators (张江科建办, the joint-meeting secretariat) search and export it.
update roles set permissions = array(select distinct unnest(permissions || '{audit.read,audit.verify}'::text[]) order by 1)
 where id = 'platform-admin';
update roles set permissions = array(select distinct unnest(permissions || '{audit.read}'::text[]) order by 1)
 where id = 'coordinator';
