/** 时限提醒仓储 — the SQL of reminders and escalations: candidates for the deadline job, recording, listing. */
import type { CaseState, DeadlineAlert } from '../../../../core/workflow';
import type { Queryable } from '../cases.repository';

/**
 * Open cases whose worst running clock has turned yellow by `today` (the dates every action stores with the case):
 * a stage clock cannot be yellow or red without it. Paused clocks leave the dates empty and are not candidates, nor
 * are cases whose current stage entry (the only stage clock that runs) was already escalated: nothing is left to say.
 */
export async function listAlertCandidates(db: Queryable, zoneId: string, today: string): Promise<Array<{ id: string; state: CaseState }>> {
  const { rows } = await db.query<{ id: string; state: CaseState }>(
    `select c.id, c.state from cases c
      where c.zone_id = $1 and c.status = 'open' and c.deadline_yellow_on <= $2::date
        and not exists (select 1 from case_reminders r
                         where r.case_id = c.id and r.kind = 'escalation'
                           and r.timer_id = 'stage:' || c.stage_id || ':' || coalesce(c.state -> 'visits' ->> c.stage_id, '1'))
      order by c.id`,
    [zoneId, today],
  );
  return rows;
}

/**
 * Records an alert unless its clock already has one of that kind; true when recorded. An escalation goes to the
 * leaders: active users who supervise cases in a unit handling the stage, or across the zone.
 */
export async function insertReminder(db: Queryable, caseId: string, alert: DeadlineAlert, at: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `insert into case_reminders (case_id, kind, timer_id, stage_id, visit, due_date, unit_ids, recipient_user_ids, created_at)
     select $1, $2, $3, $4, $5, $6, $7::text[],
            case when $2 = 'escalation' then array(
              select distinct g.user_id from grants g join roles r on r.id = g.role_id join users u on u.id = g.user_id
               where 'cases.supervise' = any(r.permissions) and u.status = 'active' and (g.unit_id = any($7::text[]) or g.scope = 'zone')
               order by g.user_id)
            else '{}'::uuid[] end,
            $8
     on conflict (case_id, timer_id, kind) do nothing`,
    [caseId, alert.kind, alert.timerId, alert.stageId, alert.visit, alert.dueDate, alert.unitIds, at],
  );
  return rowCount === 1;
}
