-- 审计日志 — append-only, hash-chained record of every state change (issue 3).
-- seq is gap-free and assigned under an advisory lock by the writer, so a deleted record shows as a gap and a
-- reordered one as a broken link; hash = sha256(prev_hash || canonical record), see server/platform/audit/.
create table audit_log (
  seq                   bigint primary key,
  at                    timestamptz not null,
  actor_user_id         text,
  acting_unit_id        text,
  capacity              text not null check (capacity in ('own', 'in-the-name-of')),
  in_the_name_of_unit_id text,
  action                text not null,
  object_type           text not null,
  object_id             text,
  before                jsonb,
  after                 jsonb,
  request_id            text,
  client_address        text,
  prev_hash             text not null,
  hash                  text not null unique
);

create index audit_log_at_idx on audit_log (at);
create index audit_log_actor_idx on audit_log (actor_user_id, at);
create index audit_log_object_idx on audit_log (object_type, object_id);
create index audit_log_unit_idx on audit_log (acting_unit_id, at);

-- Append-only: the application never updates or deletes audit records. (A superuser can still disable the trigger;
-- that is what `zjsc audit verify` is for.)
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only' using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();
