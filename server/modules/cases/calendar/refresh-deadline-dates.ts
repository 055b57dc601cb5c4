/**
 * 时限重算 — after the calendar changed, the deadline dates stored with open cases (the list's colour filter) are
 * computed again with it. A case acted on meanwhile keeps what its action wrote: that already used the new calendar.
 */
import { deadlineDates } from '../case-deadlines';
import type { CasesContext } from '../cases-routes-options';
import { listCasesWithRunningClocks, updateDeadlineDates } from './calendar-overrides.repository';

export async function refreshDeadlineDates(ctx: CasesContext): Promise<number> {
  const now = ctx.now().toISOString();
  let changed = 0;
  for (const row of await listCasesWithRunningClocks(ctx.pool, ctx.zoneId)) {
    const { yellowOn, due } = deadlineDates(row.state, ctx.calendar, now);
    if (yellowOn === row.yellowOn && due === row.due) continue;
    await updateDeadlineDates(ctx.pool, row.id, row.version, { yellowOn, due });
    changed += 1;
  }
  return changed;
}
