/** 删除日历调整 — the day goes back to the official calendar; audited with what was removed. */
import { AppError } from '../../../../core/errors';
import type { LocalDate } from '../../../../core/calendar';
import { recordAudit, type AuditMeta } from '../../../platform/audit';
import { inTransaction } from '../../../platform/db/transaction';
import type { CasesContext } from '../cases-routes-options';
import { deleteOverride } from './calendar-overrides.repository';
import { refreshDeadlineDates } from './refresh-deadline-dates';

export async function removeCalendarOverride(ctx: CasesContext, date: LocalDate, meta: AuditMeta): Promise<void> {
  await inTransaction(ctx.pool, async (client) => {
    const removed = await deleteOverride(client, ctx.zoneId, date);
    if (!removed) throw new AppError('NOT_FOUND', { what: `calendar override ${date}` });
    await recordAudit(client, meta, { action: 'cases.calendar-override.remove', objectType: 'calendar-override', objectId: `${ctx.zoneId}:${date}`, before: removed, after: null });
  });
  await ctx.refreshCalendar({ force: true });
  await refreshDeadlineDates(ctx);
}
