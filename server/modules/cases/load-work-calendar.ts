/** 工作日历 — the official calendar with the administrator's overrides (calendar_overrides), read at start. */
import type pg from 'pg';
import { createWorkCalendar, parseCalendarOverrides, type WorkCalendar } from '../../../core/calendar';

export async function loadWorkCalendar(pool: pg.Pool): Promise<WorkCalendar> {
  const { rows } = await pool.query<{ date: string; kind: string; reason: string }>(
    `select to_char(date, 'YYYY-MM-DD') as date, kind, reason from calendar_overrides order by date`,
  );
  return createWorkCalendar(parseCalendarOverrides(rows));
}
