/**
 * 日期 — calendar dates as yyyymmdd integers (2024-06-30 → 20240630): they compare as numbers, and whole years
 * between two dates are ⌊(b − a) / 10000⌋, the way an anniversary counts. No time zone: a rule's dates are
 * calendar days in Shanghai, and the caller decides which day "today" is.
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** 'YYYY-MM-DD' → yyyymmdd, or undefined when it is not a real calendar date. Hot path: no regex. */
export function parseIsoDate(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    year = year * 10 + digit;
  }
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48;
  const d2 = text.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return undefined;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return year * 10000 + month * 100 + day;
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseIsoDate(value) !== undefined;
}

export function formatDate(date: number): string {
  const year = Math.floor(date / 10000);
  const month = Math.floor(date / 100) % 100;
  const day = date % 100;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole years from `from` to `to`, counted toward zero (negative when `to` is earlier). */
export function yearsBetween(from: number, to: number): number {
  return to >= from ? Math.floor((to - from) / 10000) : 0 - Math.floor((from - to) / 10000);
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: number, years: number): number {
  const year = Math.floor(date / 10000) + years;
  const monthDay = date % 10000;
  return year * 10000 + (monthDay === 229 && !isLeapYear(year) ? 228 : monthDay);
}

/** The next calendar day (used to check that one version starts the day after the previous one ends). */
export function nextDay(date: number): number {
  const year = Math.floor(date / 10000);
  const month = Math.floor(date / 100) % 100;
  const day = date % 100;
  if (day < daysInMonth(year, month)) return date + 1;
  if (month < 12) return year * 10000 + (month + 1) * 100 + 1;
  return (year + 1) * 10000 + 101;
}

/** The calendar day before (a version is closed the day before its successor begins). */
export function previousDay(date: number): number {
  const year = Math.floor(date / 10000);
  const month = Math.floor(date / 100) % 100;
  const day = date % 100;
  if (day > 1) return date - 1;
  if (month > 1) return year * 10000 + (month - 1) * 100 + daysInMonth(year, month - 1);
  return (year - 1) * 10000 + 1231;
}
