/**
 * 工作日历 — the official calendar with the zone's overrides (calendar_overrides), kept current without a restart:
 * a change made on this node applies at once (`refresh({ force: true })`), one made on another node when this node
 * next checks, at most every few seconds, on use. The calendar handed out delegates to the latest overrides read,
 * so everything holding it (actions, deadlines, the deadline job) counts with them.
 */
import type pg from 'pg';
import { createWorkCalendar, parseCalendarOverrides, type WorkCalendar } from '../../../core/calendar';
import { createRefreshingCache } from '../../platform/refreshing-cache';

/** How long overrides read are trusted before the next look at the table. */
const RECHECK_MS = 5_000;

export interface LiveWorkCalendar {
  calendar: WorkCalendar;
  /** Reads the overrides again if the last look is older than a few seconds, or at once when forced. */
  refresh(options?: { force?: boolean }): Promise<void>;
}

export async function loadWorkCalendar(pool: pg.Pool, zoneId: string, clock: () => number = Date.now): Promise<LiveWorkCalendar> {
  // The overrides are few: read whole, they are their own key, and the calendar is rebuilt only when they differ.
  const overrides = createRefreshingCache<WorkCalendar>({
    readKey: async () => {
      const { rows } = await pool.query<{ date: string; kind: string; reason: string }>(
        `select to_char(date, 'YYYY-MM-DD') as date, kind, reason from calendar_overrides where zone_id = $1 order by date`,
        [zoneId],
      );
      return JSON.stringify(rows);
    },
    build: async (key) => createWorkCalendar(parseCalendarOverrides(JSON.parse(key))),
    refreshMs: RECHECK_MS,
    now: clock,
  });
  let held = await overrides.current();
  return {
    calendar: {
      isWorkingDay: (date) => held.isWorkingDay(date),
      addWorkingDays: (date, days) => held.addWorkingDays(date, days),
      workingDaysBetween: (from, to) => held.workingDaysBetween(from, to),
      hasOfficialData: (year) => held.hasOfficialData(year),
    },
    async refresh(options = {}) {
      held = await (options.force ? overrides.reload() : overrides.current());
    },
  };
}
