/**
 * 日期 — a calendar day written 'YYYY-MM-DD', the unit working days are counted in, and the day an instant falls on
 * in Asia/Shanghai. Shanghai has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact and
 * no time-zone database is needed (the browser and the server may run in any zone).
 */
import { AppError } from '../errors';

/** 日期 — 'YYYY-MM-DD', a calendar day in Shanghai. */
export type LocalDate = string;

/** 时刻 — an instant: an ISO 8601 timestamp with its offset, or a Date. */
export type Instant = string | Date;

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Throws CALENDAR_DATE_INVALID naming `field` unless `value` is a real 'YYYY-MM-DD' day. */
export function assertLocalDate(value: unknown, field: string): asserts value is LocalDate {
  if (!isLocalDate(value)) throw new AppError('CALENDAR_DATE_INVALID', { field, value: String(value) });
}

/** Milliseconds of an instant; throws CALENDAR_DATE_INVALID naming `field` for a string without an offset or a bad value. */
export function toEpochMs(instant: Instant, field: string): number {
  // An ISO string without its offset would be read in the machine's zone: refuse it rather than guess.
  const isAcceptedText = typeof instant === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(instant);
  const ms = instant instanceof Date ? instant.getTime() : isAcceptedText ? Date.parse(instant) : NaN;
  if (!Number.isFinite(ms)) {
    throw new AppError('CALENDAR_DATE_INVALID', { field, value: instant instanceof Date ? 'Invalid Date' : String(instant) });
  }
  return ms;
}

/** The day an instant falls on in Shanghai. */
export function shanghaiDate(instant: Instant, field = 'instant'): LocalDate {
  return new Date(toEpochMs(instant, field) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}
