/** 日历调整仓储 — the SQL of the zone's working-day overrides and of the deadline dates they move. */
import type { CalendarOverride, LocalDate } from '../../../../core/calendar';
import type { CaseState } from '../../../../core/workflow';
import type { Queryable } from '../cases.repository';

/** 日历调整记录 — an override with who entered it. */
export interface CalendarOverrideRow extends CalendarOverride {
  createdBy: { id: string; name: string } | null;
  createdAt: Date;
}

export async function listOverrideRows(db: Queryable, zoneId: string, year: number | undefined): Promise<CalendarOverrideRow[]> {
  const { rows } = await db.query<CalendarOverrideRow>(
    `select to_char(o.date, 'YYYY-MM-DD') as date, o.kind, o.reason, o.created_at as "createdAt",
            case when u.id is null then null else json_build_object('id', u.id, 'name', u.display_name) end as "createdBy"
       from calendar_overrides o left join users u on u.id = o.created_by
      where o.zone_id = $1 and ($2::int is null or extract(year from o.date) = $2)
      order by o.date`,
    [zoneId, year ?? null],
  );
  return rows;
}

/** False when the day already has an override in the zone. */
export async function insertOverride(db: Queryable, zoneId: string, override: CalendarOverride, userId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `insert into calendar_overrides (zone_id, date, kind, reason, created_by) values ($1, $2, $3, $4, $5) on conflict do nothing`,
    [zoneId, override.date, override.kind, override.reason, userId],
  );
  return rowCount === 1;
}

/** The override removed, or undefined when the day had none. */
export async function deleteOverride(db: Queryable, zoneId: string, date: LocalDate): Promise<CalendarOverride | undefined> {
  const { rows } = await db.query<CalendarOverride>(
    `delete from calendar_overrides where zone_id = $1 and date = $2 returning to_char(date, 'YYYY-MM-DD') as date, kind, reason`,
    [zoneId, date],
  );
  return rows[0];
}

/** Open cases with a running clock: their stored deadline dates may move with the calendar. */
export async function listCasesWithRunningClocks(db: Queryable, zoneId: string): Promise<Array<{ id: string; version: number; state: CaseState; yellowOn: string | null; due: string | null }>> {
  const { rows } = await db.query<{ id: string; version: number; state: CaseState; yellowOn: string | null; due: string | null }>(
    `select id, version, state, to_char(deadline_yellow_on, 'YYYY-MM-DD') as "yellowOn", to_char(deadline_due, 'YYYY-MM-DD') as "due"
       from cases where zone_id = $1 and status = 'open' and deadline_due is not null`,
    [zoneId],
  );
  return rows;
}

/** Rewrites the stored dates if the case is still at the version they were computed from (an action wins). */
export async function updateDeadlineDates(db: Queryable, id: string, version: number, dates: { yellowOn: string | null; due: string | null }): Promise<void> {
  await db.query('update cases set deadline_yellow_on = $3, deadline_due = $4 where id = $1 and version = $2', [id, version, dates.yellowOn, dates.due]);
}
