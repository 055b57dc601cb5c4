/** 时限巡检任务 — the scheduled job that records reminders and escalations, every ten minutes on the queue. */
import type { ScheduledJob } from '../../../platform/jobs';
import type { CasesContext } from '../cases-routes-options';
import { recordDeadlineAlerts } from './record-deadline-alerts';

export const DEADLINE_ALERTS_JOB = 'cases-deadline-alerts';

export function deadlineAlertsJob(ctx: CasesContext): ScheduledJob {
  return {
    name: DEADLINE_ALERTS_JOB,
    cron: '*/10 * * * *',
    run: async () => {
      await ctx.refreshCalendar();
      return recordDeadlineAlerts(ctx);
    },
  };
}
