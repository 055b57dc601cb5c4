-- 身份变更通知: every change to what a request's identity is built from (session or token state, the user, grants,
-- roles, memberships, units and their territory) notifies `zjsc_identity`, and each server empties its identity cache
-- (server/platform/auth/identity-cache.ts). In triggers, so that the CLI, another server and plain SQL are covered.
-- Routine writes that do not change an identity (a session's last_seen_at, a token's last_used_at, failed sign-in
-- counters) do not notify: they would empty every cache many times a second.

create function notify_identity_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('zjsc_identity', '');
  return null;
end
$$;

create trigger sessions_identity_changed after update on sessions for each row
  when (old.revoked_at is distinct from new.revoked_at or old.acting_unit_id is distinct from new.acting_unit_id
        or old.absolute_expires_at is distinct from new.absolute_expires_at or old.user_id is distinct from new.user_id)
  execute function notify_identity_changed();
create trigger sessions_identity_deleted after delete on sessions
  for each statement execute function notify_identity_changed();

create trigger api_tokens_identity_changed after update on api_tokens for each row
  when (old.revoked_at is distinct from new.revoked_at or old.expires_at is distinct from new.expires_at
        or old.permissions is distinct from new.permissions or old.acting_unit_id is distinct from new.acting_unit_id)
  execute function notify_identity_changed();
create trigger api_tokens_identity_deleted after delete on api_tokens
  for each statement execute function notify_identity_changed();

create trigger users_identity_changed after update on users for each row
  when (old.status is distinct from new.status or old.username is distinct from new.username
        or old.display_name is distinct from new.display_name
        or old.must_change_password is distinct from new.must_change_password)
  execute function notify_identity_changed();
create trigger users_identity_deleted after delete on users
  for each statement execute function notify_identity_changed();

create trigger grants_identity_changed after insert or update or delete on grants
  for each statement execute function notify_identity_changed();
create trigger roles_identity_changed after insert or update or delete on roles
  for each statement execute function notify_identity_changed();
create trigger user_units_identity_changed after insert or update or delete on user_units
  for each statement execute function notify_identity_changed();
create trigger org_units_identity_changed after insert or update or delete on org_units
  for each statement execute function notify_identity_changed();
create trigger unit_coverage_identity_changed after insert or update or delete on unit_coverage
  for each statement execute function notify_identity_changed();
