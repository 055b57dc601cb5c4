/** How a date-formatted number cell reads as text: 'YYYY-MM-DD', with ' HH:mm:ss', or 'HH:mm:ss' alone. */
export type DateKind = 'date' | 'datetime' | 'time';

/**
 * Built-in number formats that show dates or times (ECMA-376 §18.8.30), including the ids Chinese Excel uses
 * for 年/月/日 and 时/分 formats without declaring them in styles.xml.
 */
const BUILT_IN: Readonly<Record<number, DateKind>> = {
  14: 'date', 15: 'date', 16: 'date', 17: 'date', 18: 'time', 19: 'time', 20: 'time', 21: 'time', 22: 'datetime',
  27: 'date', 28: 'date', 29: 'date', 30: 'date', 31: 'date', 32: 'time', 33: 'time', 34: 'time', 35: 'time', 36: 'date',
  45: 'time', 46: 'time', 47: 'time',
  50: 'date', 51: 'date', 52: 'date', 53: 'date', 54: 'date', 55: 'time', 56: 'time', 57: 'date', 58: 'date',
};

/** Whether a number format shows a date, a time or both; `formatCode` is the custom code when styles.xml declares one. */
export function dateKindOfFormat(numFmtId: number, formatCode: string | undefined): DateKind | null {
  if (formatCode === undefined) return BUILT_IN[numFmtId] ?? null;
  const bare = formatCode
    .replace(/"[^"]*"/g, '')
    .replace(/\\.|_.|\*./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, '$1')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/AM\/PM|A\/P/gi, '');
  // Only the first section (positive numbers) decides.
  const section = bare.split(';')[0] ?? '';
  const hasDay = /[yd]/i.test(section);
  const hasTime = /[hs]/i.test(section);
  const hasMonth = /m/i.test(section);
  if (hasDay || (hasMonth && !hasTime)) return hasTime ? 'datetime' : 'date';
  return hasTime ? 'time' : null;
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 31);
/** From serial 61 on, Excel's 1900 system counts the 29 February 1900 that never was. */
const EPOCH_1900_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const MAX_SERIAL = 2_958_465; // 9999-12-31

/** A date serial as text; a value outside Excel's date range stays a number. */
export function formatSerialDate(raw: string, kind: DateKind, isDate1904: boolean): string {
  const serial = Number(raw);
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return raw;
  const epoch = isDate1904 ? EPOCH_1904 : serial >= 61 ? EPOCH_1900_AFTER_LEAP_BUG : EPOCH_1900;
  const days = Math.floor(serial);
  // Serials carry binary fractions of a day; Excel shows them rounded to the second.
  const seconds = Math.round((serial - days) * 86_400);
  const iso = new Date(epoch + days * DAY_MS + seconds * 1000).toISOString();
  const date = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  if (kind === 'time' && serial < 1) return time;
  if (kind === 'date' || time === '00:00:00') return date;
  return `${date} ${time}`;
}

/** A `t="d"` cell (ISO 8601 text, strict OOXML) in the same shape as a serial date. */
export function formatIsoDate(raw: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2}))?/.exec(raw.trim());
  if (!match) return raw;
  const [, date, time] = match;
  return time === undefined || time === '00:00:00' ? date! : `${date} ${time}`;
}
