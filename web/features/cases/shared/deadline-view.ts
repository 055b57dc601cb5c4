/**
 * 时限显示 — a deadline as a coloured tag: green while at most 80 % of the limit is used, yellow beyond, red when
 * overdue, grey while the clock is paused for a correction; and the words it carries (days left, days over, paused).
 */
import type { DeadlineStatus } from '../../../../core/calendar/compute-deadline';

export type { DeadlineStatus };

export const DEADLINE_STATUSES: readonly DeadlineStatus[] = ['green', 'yellow', 'red'];

/** What the UI needs of a deadline (the server's reading of the clock, in working days). */
export interface DeadlineLike {
  status: DeadlineStatus;
  remainingWorkingDays: number;
  dueDate: string | null;
  isPaused: boolean;
}

/** antd tag colours: the deadline colour names mean the same thing to a reader as the tag presets. */
const TAG_COLORS: Readonly<Record<DeadlineStatus, string>> = { green: 'success', yellow: 'warning', red: 'error' };

/** The tag colour of a deadline colour. */
export function deadlineTagColor(status: DeadlineStatus): string {
  return TAG_COLORS[status];
}

export interface DeadlineTagView {
  color: string;
  /** The i18n key under cases.deadline, and its values. */
  key: 'paused' | 'overdue' | 'dueToday' | 'remaining';
  days: number;
}

export function deadlineTagView(deadline: DeadlineLike): DeadlineTagView {
  if (deadline.isPaused) return { color: 'default', key: 'paused', days: deadline.remainingWorkingDays };
  const color = TAG_COLORS[deadline.status];
  if (deadline.remainingWorkingDays < 0) return { color, key: 'overdue', days: -deadline.remainingWorkingDays };
  if (deadline.remainingWorkingDays === 0) return { color, key: 'dueToday', days: 0 };
  return { color, key: 'remaining', days: deadline.remainingWorkingDays };
}
