/**
 * 工作日历 — working days from the official calendar with an administrator's overrides. Counting follows the rule
 * for administrative time limits: the day something happens is not counted, the limit runs from the next day, and
 * holidays and weekends do not count while 调休 weekends do.
 */
import { AppError } from '../errors';
import type { CalendarOverride } from './calendar-override';
import { addDays, assertLocalDate, type LocalDate } from './local-date';
import { chineseDaysCalendar, type OfficialCalendar } from './official-calendar';

/** 工作日历 — what deadlines need to know about days. Injectable, so tests and other zones can supply their own. */
export interface WorkCalendar {
  isWorkingDay(date: LocalDate): boolean;
  /** The `days`-th working day after `date` (before it when negative); `date` itself for 0. */
  addWorkingDays(date: LocalDate, days: number): LocalDate;
  /** Working days d with from < d ≤ to; negative when `to` is before `from`. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number;
  /** Whether the official arrangement of the year is known; without it only overrides mark its holidays. */
  hasOfficialData(year: number): boolean;
}

/** A search never walks further than this: no time limit spans ten years. */
const MAX_SPAN_DAYS = 3_660;

export function createWorkCalendar(
  overrides: readonly CalendarOverride[] = [],
  official: OfficialCalendar = chineseDaysCalendar,
): WorkCalendar {
  const byDate = new Map(overrides.map((o) => [o.date, o.kind === 'workday']));
  // Deadlines ask about the same few hundred days over and over; the official lookup parses dates each time.
  const memo = new Map<LocalDate, boolean>();
  const isWorkingDay = (date: LocalDate): boolean => {
    let answer = memo.get(date);
    if (answer === undefined) {
      answer = byDate.get(date) ?? official.isWorkday(date);
      memo.set(date, answer);
    }
    return answer;
  };
  return {
    isWorkingDay(date) {
      assertLocalDate(date, 'date');
      return isWorkingDay(date);
    },
    addWorkingDays(date, days) {
      assertLocalDate(date, 'date');
      if (!Number.isInteger(days)) throw new AppError('CALENDAR_DATE_INVALID', { field: 'days', value: String(days) });
      const step = Math.sign(days);
      let day = date;
      for (let found = 0, walked = 0; found < Math.abs(days); ) {
        day = addDays(day, step);
        if (isWorkingDay(day)) found++;
        if (++walked > MAX_SPAN_DAYS) throw new AppError('CALENDAR_DATE_INVALID', { field: 'days', value: String(days) });
      }
      return day;
    },
    workingDaysBetween(from, to) {
      assertLocalDate(from, 'from');
      assertLocalDate(to, 'to');
      const isBackwards = to < from;
      const [start, end] = isBackwards ? [to, from] : [from, to];
      let count = 0;
      for (let day = addDays(start, 1); day <= end; day = addDays(day, 1)) if (isWorkingDay(day)) count++;
      return isBackwards ? 0 - count : count;
    },
    hasOfficialData: (year) => official.hasData(year),
  };
}
