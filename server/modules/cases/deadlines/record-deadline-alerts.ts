/**
 * 时限提醒与超期督办 — the deadline job's work: for every open case with a stage clock past 80 % of its limit, a
 * reminder to the units handling the stage; once overdue, an escalation to their leaders. Once per stage entry:
 * running it again, on this node or another, records nothing new.
 */
import { shanghaiDate } from '../../../../core/calendar';
import { listDeadlineAlerts } from '../../../../core/workflow';
import type { CasesContext } from '../cases-routes-options';
import { insertReminder, listAlertCandidates } from './case-reminders.repository';

export interface DeadlineAlertsRun {
  /** Cases looked at. */
  cases: number;
  reminders: number;
  escalations: number;
}

export async function recordDeadlineAlerts(ctx: Pick<CasesContext, 'pool' | 'zoneId' | 'calendar' | 'now'>): Promise<DeadlineAlertsRun> {
  const now = ctx.now().toISOString();
  const candidates = await listAlertCandidates(ctx.pool, ctx.zoneId, shanghaiDate(now));
  const run: DeadlineAlertsRun = { cases: candidates.length, reminders: 0, escalations: 0 };
  for (const candidate of candidates) {
    for (const alert of listDeadlineAlerts(candidate.state, ctx.calendar, now)) {
      if (!(await insertReminder(ctx.pool, candidate.id, alert, now))) continue;
      if (alert.kind === 'reminder') run.reminders += 1;
      else run.escalations += 1;
    }
  }
  return run;
}
