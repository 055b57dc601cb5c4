/**
 * 工作日历与时限 — working days from the official calendar (chinese-days) with an administrator's overrides, and
 * time limits in working days with pauses and green / yellow / red status (pure).
 */
export { createWorkCalendar, type WorkCalendar } from './work-calendar';
export { chineseDaysCalendar, type OfficialCalendar } from './official-calendar';
export { calendarOverrideSchema, parseCalendarOverrides, type CalendarOverride } from './calendar-override';
export { computeDeadline, type ClockPause, type Deadline, type DeadlineInput, type DeadlineStatus } from './compute-deadline';
export { addDays, assertLocalDate, isLocalDate, shanghaiDate, weekdayOf, type Instant, type LocalDate } from './local-date';
