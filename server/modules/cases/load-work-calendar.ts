/**
 * 工作日历 — the official calendar with the zone's overrides (calendar_overrides), kept current without a restart:
 * a change made on this node applies at once (`refresh({ force: true })`), one made on another node when this node
 * next checks, at most every few seconds, on use. The calendar handed out delegates to the latest overrides read,
 * so everything holding it (actions, deadlines, the deadline job) counts with them.
 */
import type pg from 'pg';
import { createWorkCalendar, parseCalendarOverrides, type WorkCalendar } from '../../../core/calendar';

/** How long overrides read are trusted before the next look at the table. */
const RECHECK_MS = 5_000;

export interface LiveWorkCalendar {
  calendar: WorkCalendar;
  /** Reads the overrides again if the last look is older than a few seconds, or at once when forced. */
  refresh(options?: { force?: boolean }): Promise<void>;
}

export async function loadWorkCalendar(pool: pg.Pool, zoneId: string, clock: () => number = Date.now): Promise<LiveWorkCalendar> {
  const read = async () => {
    const { rows } = await pool.query<{ date: string; kind: string; reason: string }>(
      `select to_char(date, 'YYYY-MM-DD') as date, kind, reason from calendar_overrides where zone_id = $1 order by date`,
      [zoneId],
    );
    return { key: JSON.stringify(rows), rows };
  };
  const first = await read();
  let held = { key: first.key, calendar: createWorkCalendar(parseCalendarOverrides(first.rows)) };
  let checkedAt = clock();
  let pending: Promise<void> | null = null;
  const check = async () => {
    const next = await read();
    checkedAt = clock();
    if (next.key !== held.key) held = { key: next.key, calendar: createWorkCalendar(parseCalendarOverrides(next.rows)) };
  };
  return {
    calendar: {
      isWorkingDay: (date) => held.calendar.isWorkingDay(date),
      addWorkingDays: (date, days) => held.calendar.addWorkingDays(date, days),
      workingDaysBetween: (from, to) => held.calendar.workingDaysBetween(from, to),
      hasOfficialData: (year) => held.calendar.hasOfficialData(year),
    },
    async refresh(options = {}) {
      if (!options.force && clock() - checkedAt < RECHECK_MS) return;
      // A forced refresh must not be satisfied by a read that began before the change.
      if (pending) await pending.catch(() => undefined);
      if (!options.force && clock() - checkedAt < RECHECK_MS) return;
      pending = check().finally(() => (pending = null));
      await pending;
    },
  };
}
