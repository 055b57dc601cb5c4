/**
 * 时限视图 — a case's clocks as deadlines: used and remaining working days, due date and colour for the promised and
 * the statutory limit. A stopped clock is read as of when it stopped; the worse colour of the two is the clock's.
 */
import { computeDeadline, type Deadline, type DeadlineStatus } from '../calendar/compute-deadline';
import type { Instant } from '../calendar/local-date';
import type { WorkCalendar } from '../calendar/work-calendar';
import type { CaseState, Timer } from './case-state';

export interface TimerView {
  timer: Timer;
  isRunning: boolean;
  promised: Deadline | null;
  statutory: Deadline;
  status: DeadlineStatus;
}

const SEVERITY: Readonly<Record<DeadlineStatus, number>> = { green: 0, yellow: 1, red: 2 };

export function describeTimer(timer: Timer, calendar: WorkCalendar, now: Instant): TimerView {
  const asOf = timer.stoppedAt ?? now;
  const read = (limit: number) => computeDeadline(calendar, { limit, enteredAt: timer.startedAt, pauses: timer.pauses, now: asOf });
  const statutory = read(timer.statutory);
  const promised = timer.promised === null ? null : read(timer.promised);
  const status = promised && SEVERITY[promised.status] > SEVERITY[statutory.status] ? promised.status : statutory.status;
  return { timer, isRunning: timer.stoppedAt === null, promised, statutory, status };
}

/** The running clocks of a case (the current stage's, the case's own, a notice's, a follow-up's). */
export function describeRunningTimers(state: CaseState, calendar: WorkCalendar, now: Instant): TimerView[] {
  return state.timers.filter((t) => t.stoppedAt === null).map((t) => describeTimer(t, calendar, now));
}
