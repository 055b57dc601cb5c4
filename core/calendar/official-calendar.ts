/**
 * 国务院节假日安排 — the official working-day calendar as the `chinese-days` package publishes it: public holidays and
 * the 调休 weekends worked in exchange. Years the package does not know yet fall back to plain Monday–Friday,
 * which is why `hasData` exists: an administrator adds such a year's days as overrides.
 *
 * The package's own functions build their tables with local-time date arithmetic, so west of UTC every holiday
 * moves to the day before; its published JSON is the same data without that flaw, so we read the JSON.
 */
import arrangement from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { weekdayOf, yearOf, type LocalDate } from './local-date';

/** 官方日历 — the calendar before an administrator's overrides. */
export interface OfficialCalendar {
  isWorkday(date: LocalDate): boolean;
  /** Whether the official arrangement for this year is known (otherwise only weekends are days off). */
  hasData(year: number): boolean;
}

interface Arrangement {
  /** Days off, with the holiday's name. */
  holidays: Record<string, string>;
  /** Weekend days worked (调休). */
  workdays: Record<string, string>;
}

function createOfficialCalendar({ holidays, workdays }: Arrangement): OfficialCalendar {
  const years = new Set(Object.keys(holidays).map(yearOf));
  return {
    isWorkday(date) {
      if (date in workdays) return true;
      const weekday = weekdayOf(date);
      return weekday !== 0 && weekday !== 6 && !(date in holidays);
    },
    hasData: (year) => years.has(year),
  };
}

export const chineseDaysCalendar: OfficialCalendar = createOfficialCalendar(arrangement);
