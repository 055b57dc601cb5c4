/** 操作环境 — what an action needs from outside the case: the moment it happens and the working-day calendar. */
import type { Instant } from '../calendar/local-date';
import type { WorkCalendar } from '../calendar/work-calendar';

export interface ActionContext {
  now: Instant;
  calendar: WorkCalendar;
}
