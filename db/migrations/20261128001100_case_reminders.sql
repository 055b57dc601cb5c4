-- 时限提醒与超期督办 (issue 7): what the deadline job records when a stage's clock turns yellow (a reminder to the
-- units handling the stage) or red (an escalation to their leaders). One row per clock and kind, and a clock belongs
-- to one entry of a stage: re-running the job finds the row and records nothing new.
create table case_reminders (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  kind text not null check (kind in ('reminder', 'escalation')),
  -- the clock of the stage entry (core/workflow Timer id: stage:<stage id>:<visit>)
  timer_id text not null,
  stage_id text not null,
  visit integer not null check (visit >= 1),
  -- the last working day within the limit, as the job read it
  due_date date,
  -- the units handling the stage when the job ran
  unit_ids text[] not null,
  -- escalations: the leaders it went to (users of those units, or of the zone, who supervise cases)
  recipient_user_ids uuid[] not null default '{}',
  created_at timestamptz not null,
  unique (case_id, timer_id, kind)
);

comment on table case_reminders is '时限提醒 — a reminder (yellow) or escalation (red) of one stage entry of a case';

create index case_reminders_created_idx on case_reminders (created_at desc);
create index case_reminders_unit_ids_idx on case_reminders using gin (unit_ids);
create index case_reminders_recipients_idx on case_reminders using gin (recipient_user_ids);
