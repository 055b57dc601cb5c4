/**
 * 时限计算 — how much of a time limit in working days a stage has used, how much is left, when it is due and its
 * colour. The entry day is not counted (the limit runs from the next day). A pause (补正: waiting for the applicant)
 * stops the clock: the days after the day it began, up to and including the day it ended, do not count — the day
 * of resumption is like a new entry. A running pause leaves the due date open unless it was already reached.
 */
import { AppError } from '../errors';
import { addDays, shanghaiDate, toEpochMs, type Instant, type LocalDate } from './local-date';
import type { WorkCalendar } from './work-calendar';

/** 暂停 — the clock stopped from `from` until `to` (still stopped when `to` is absent). */
export interface ClockPause {
  from: Instant;
  to?: Instant | null;
}

export interface DeadlineInput {
  /** The time limit in working days (≥ 1). */
  limit: number;
  /** When the stage was entered (each entry arms a new clock). */
  enteredAt: Instant;
  pauses?: readonly ClockPause[];
  /** The moment asked about: now, or when the stage was left. */
  now: Instant;
}

/** 时限状态 — green: at most 80 % of the limit used; yellow: more; red: overdue. */
export type DeadlineStatus = 'green' | 'yellow' | 'red';

/** 时限 — a time limit as of a moment. */
export interface Deadline {
  limit: number;
  usedWorkingDays: number;
  /** limit − used; negative once more days were used than allowed. */
  remainingWorkingDays: number;
  /** The last working day within the limit; null while a pause keeps it open. */
  dueDate: LocalDate | null;
  status: DeadlineStatus;
  isPaused: boolean;
}

/** Yellow once more than this share of the limit is used. */
const YELLOW_AFTER = 0.8;
const MAX_LIMIT = 1_000;

export function computeDeadline(calendar: WorkCalendar, input: DeadlineInput): Deadline {
  const { limit } = input;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new AppError('CALENDAR_DATE_INVALID', { field: 'limit', value: String(limit) });
  }
  const entered = shanghaiDate(input.enteredAt, 'enteredAt');
  const today = shanghaiDate(input.now, 'now');
  const pauses = toPausedRanges(input.pauses ?? [], input.now);
  const open = pauses.find((p) => p.to === null);
  const counts = (day: LocalDate) => calendar.isWorkingDay(day) && !pauses.some((p) => day > p.from && (p.to === null || day <= p.to));

  let used = 0;
  for (let day = addDays(entered, 1); day <= today; day = addDays(day, 1)) if (counts(day)) used++;

  let dueDate: LocalDate | null = null;
  for (let day = entered, found = 0; found < limit; ) {
    day = addDays(day, 1);
    if (open && day > open.from) break;
    if (counts(day) && ++found === limit) dueDate = day;
  }

  const isOverdue = used > limit || (dueDate !== null && today > dueDate);
  return {
    limit,
    usedWorkingDays: used,
    remainingWorkingDays: limit - used,
    dueDate,
    status: isOverdue ? 'red' : used > limit * YELLOW_AFTER ? 'yellow' : 'green',
    isPaused: open !== undefined,
  };
}

interface PausedRange {
  from: LocalDate;
  to: LocalDate | null;
}

/** Pauses as Shanghai days as of `now`: one that begins later has not happened, one that ends later still runs. */
function toPausedRanges(pauses: readonly ClockPause[], now: Instant): PausedRange[] {
  const nowMs = toEpochMs(now, 'now');
  return pauses.flatMap((pause, i) => {
    const fromMs = toEpochMs(pause.from, `pauses[${i}].from`);
    const toMs = pause.to == null ? null : toEpochMs(pause.to, `pauses[${i}].to`);
    if (toMs !== null && toMs < fromMs) throw new AppError('CALENDAR_DATE_INVALID', { field: `pauses[${i}].to`, value: String(pause.to) });
    if (fromMs > nowMs) return [];
    return [{ from: shanghaiDate(pause.from), to: toMs === null || toMs > nowMs ? null : shanghaiDate(pause.to!) }];
  });
}
