/**
 * 添加日历调整 — an administrator declares a day of the zone a working day (补班) or a day off (调休, a local holiday),
 * with the reason; audited in the same transaction. Deadlines count with it from the next request on.
 */
import { AppError } from '../../../../core/errors';
import type { CalendarOverride } from '../../../../core/calendar';
import { recordAudit, type AuditMeta } from '../../../platform/audit';
import type { AuthContext } from '../../../platform/auth';
import { inTransaction } from '../../../platform/db/transaction';
import type { CasesContext } from '../cases-routes-options';
import { insertOverride } from './calendar-overrides.repository';
import { refreshDeadlineDates } from './refresh-deadline-dates';

export async function addCalendarOverride(ctx: CasesContext, auth: AuthContext, override: CalendarOverride, meta: AuditMeta): Promise<CalendarOverride> {
  await inTransaction(ctx.pool, async (client) => {
    if (!(await insertOverride(client, ctx.zoneId, override, auth.user.id))) throw new AppError('CALENDAR_OVERRIDE_EXISTS', { date: override.date });
    await recordAudit(client, meta, { action: 'cases.calendar-override.add', objectType: 'calendar-override', objectId: `${ctx.zoneId}:${override.date}`, before: null, after: override });
  });
  await ctx.refreshCalendar({ force: true });
  await refreshDeadlineDates(ctx);
  return override;
}
