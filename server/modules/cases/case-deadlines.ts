/**
 * 办件时限 — a case's running clocks read with the work calendar (green / yellow / red), the worst of them for the
 * list, and the two dates stored with the case so that lists filter by colour in SQL: the day it turns yellow (more
 * than 80 % of the limit used) and the last day within the limit (red after it). Both stay open while a clock is
 * paused for a correction.
 */
import { computeDeadline, type Deadline, type Instant, type LocalDate, type WorkCalendar } from '../../../core/calendar';
import type { CaseState, TimerView } from '../../../core/workflow';

const SEVERITY = { green: 0, yellow: 1, red: 2 } as const;

/** 时限摘要 — the worst running clock. */
export interface DeadlineSummary {
  status: 'green' | 'yellow' | 'red';
  dueDate: LocalDate | null;
  remainingWorkingDays: number;
  limit: number;
  isPaused: boolean;
  kind: TimerView['timer']['kind'];
}

export function summarizeDeadline(views: readonly TimerView[]): DeadlineSummary | null {
  let worst: { view: TimerView; deadline: Deadline } | null = null;
  for (const view of views) {
    const deadline = view.promised ?? view.statutory;
    if (!worst || SEVERITY[view.status] > SEVERITY[worst.view.status] || (view.status === worst.view.status && deadline.remainingWorkingDays < worst.deadline.remainingWorkingDays)) {
      worst = { view, deadline };
    }
  }
  if (!worst) return null;
  const { deadline, view } = worst;
  return {
    status: view.status,
    dueDate: deadline.dueDate,
    remainingWorkingDays: deadline.remainingWorkingDays,
    limit: deadline.limit,
    isPaused: deadline.isPaused,
    kind: view.timer.kind,
  };
}

/** The earliest day a running clock turns yellow and the earliest last day within a limit. */
export function deadlineDates(state: CaseState, calendar: WorkCalendar, now: Instant): { yellowOn: LocalDate | null; due: LocalDate | null } {
  let yellowOn: LocalDate | null = null;
  let due: LocalDate | null = null;
  for (const timer of state.timers.filter((t) => t.stoppedAt === null)) {
    const limit = timer.promised ?? timer.statutory;
    const read = (days: number) => computeDeadline(calendar, { limit: days, enteredAt: timer.startedAt, pauses: timer.pauses, now }).dueDate;
    // More than 80 % used: from the working day that makes floor(0.8 × limit) + 1 days (never beyond the limit).
    const yellow = read(Math.floor(limit * 0.8) + 1);
    const last = read(limit);
    if (yellow !== null && (yellowOn === null || yellow < yellowOn)) yellowOn = yellow;
    if (last !== null && (due === null || last < due)) due = last;
  }
  return { yellowOn, due };
}
