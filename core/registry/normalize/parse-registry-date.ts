/**
 * 日期解析 — the date formats registry sources use: 2019-03-05, 2019/3/5, 2019.03.05, 20190305, 2019年3月5日, a
 * trailing time, a month only (201903, 2019-03, 2019年3月, as the statistics directory gives 开业时间), and Excel
 * serial day numbers. Returns the ISO date at the precision the source gave.
 */

/** 日期 — an ISO date (YYYY-MM-DD, YYYY-MM or YYYY) and the precision it was given at. */
export interface RegistryDate {
  readonly iso: string;
  readonly precision: 'day' | 'month' | 'year';
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function parseRegistryDate(input: string | number): RegistryDate | null {
  if (typeof input === 'number') return fromExcelSerial(input);
  const text = input.normalize('NFKC').trim().replace(/\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/, '').replace(/T.*$/, '');
  let match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match) return makeDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(text) ?? /^(\d{4})(\d{2})$/.exec(text);
  if (match) return makeDate(Number(match[1]), Number(match[2]), null);
  match = /^(\d{4})年?$/.exec(text);
  if (match) return makeDate(Number(match[1]), null, null);
  if (/^\d{5}(?:\.\d+)?$/.test(text)) return fromExcelSerial(Number(text));
  return null;
}

function makeDate(year: number, month: number | null, day: number | null): RegistryDate | null {
  if (year < 1900 || year > 2100) return null;
  if (month === null) return { iso: String(year), precision: 'year' };
  if (month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, '0');
  if (day === null) return { iso: `${year}-${mm}`, precision: 'month' };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { iso: `${year}-${mm}-${String(day).padStart(2, '0')}`, precision: 'day' };
}

function fromExcelSerial(serial: number): RegistryDate | null {
  // Serials between 1920 and 2100 only: smaller numbers in a date column are more likely something else.
  if (!Number.isFinite(serial) || serial < 7306 || serial > 73051) return null;
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86_400_000);
  return makeDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
