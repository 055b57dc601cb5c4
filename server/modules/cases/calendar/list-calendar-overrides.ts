/**
 * 日历调整列表 — the zone's working-day overrides (of one year, or all), each with what the official calendar says
 * of that day, so the administrator sees which entries change something.
 */
import { chineseDaysCalendar } from '../../../../core/calendar';
import type { CasesContext } from '../cases-routes-options';
import { listOverrideRows } from './calendar-overrides.repository';

export async function listCalendarOverrides(ctx: CasesContext, year: number | undefined) {
  const rows = await listOverrideRows(ctx.pool, ctx.zoneId, year);
  return {
    items: rows.map((row) => ({ ...row, officialKind: chineseDaysCalendar.isWorkday(row.date) ? 'workday' : 'holiday' })),
  };
}
