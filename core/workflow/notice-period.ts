/**
 * 公示期 — a public notice runs for its working days after the day it starts (that day not counted); objections
 * are taken until the end of the last day, and the notice may be concluded from the next day on.
 */
import { shanghaiDate, type Instant, type LocalDate } from '../calendar/local-date';
import type { WorkCalendar } from '../calendar/work-calendar';
import type { PublicNotice } from './case-state';

export function noticeLastDay(notice: PublicNotice, calendar: WorkCalendar): LocalDate {
  return calendar.addWorkingDays(shanghaiDate(notice.startedAt), notice.days);
}

export function isNoticeRunning(notice: PublicNotice, calendar: WorkCalendar, now: Instant): boolean {
  return shanghaiDate(now) <= noticeLastDay(notice, calendar);
}
