/** Cell styles written to styles.xml, by index (the `s` attribute). */
export const enum CellStyle {
  Normal = 0,
  Header = 1,
  Date = 2,
  DateTime = 3,
}

/** Characters XML 1.0 forbids, lone surrogates, and markup characters — what needs a look before writing. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_ESCAPE = /[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]|_x[0-9a-fA-F]{4}_/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

/**
 * Text for an element or a double-quoted attribute: markup escaped, characters XML 1.0 forbids dropped, a CR kept
 * as a character reference (a parser would turn a literal one into LF), and literal `_xHHHH_` protected from
 * being read as Excel's own escape.
 */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text) && !text.includes('"')) return text;
  return text
    .replace(FORBIDDEN, '')
    .replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1')
    .replace(/[&<>"\r]/g, (char) => ESCAPES[char]!);
}

/** 0 → 'A', 25 → 'Z', 26 → 'AA'. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const DAY_MS = 86_400_000;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Before 1900-03-01 Excel's serials are off by its phantom leap day; such dates are written as text. */
const FIRST_SAFE_SERIAL = 61;
/** Dates are shown on the wall clock of the zone (DESIGN.md §7: store UTC, show Asia/Shanghai, which has no DST). */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * One cell's XML, or '' for an empty cell. Strings are inline (no shared-string table to hold in memory);
 * a Date or an ISO instant becomes a date-time in Asia/Shanghai, a 'YYYY-MM-DD' string a date.
 */
export function cellXml(reference: string, value: unknown, style: CellStyle = CellStyle.Normal): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return stringCell(reference, value, style);
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${reference}"${styleAttribute(style)}><v>${value}</v></c>` : '';
  if (typeof value === 'boolean') return `<c r="${reference}" t="b"${styleAttribute(style)}><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'bigint') {
    return Number.isSafeInteger(Number(value)) ? cellXml(reference, Number(value), style) : stringCell(reference, String(value), style);
  }
  if (value instanceof Date) return instantCell(reference, value);
  return stringCell(reference, JSON.stringify(value), style);
}

function stringCell(reference: string, text: string, style: CellStyle): string {
  if (text === '') return '';
  // Cheap look at the fifth character before any regular expression: most strings are not dates.
  if (style === CellStyle.Normal && text.length >= 10 && text.charCodeAt(4) === 0x2d) {
    const date = ISO_DATE.exec(text);
    if (date) {
      const ms = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
      const isRealDate = new Date(ms).toISOString().startsWith(text);
      if (isRealDate) return serialCell(reference, ms / DAY_MS + UNIX_EPOCH_SERIAL, CellStyle.Date) || inline(reference, text, style);
    } else if (ISO_INSTANT.test(text)) {
      const instant = new Date(text);
      if (!Number.isNaN(instant.getTime())) return instantCell(reference, instant) || inline(reference, text, style);
    }
  }
  return inline(reference, text, style);
}

function inline(reference: string, text: string, style: CellStyle): string {
  const preserve = text.charCodeAt(0) <= 0x20 || text.charCodeAt(text.length - 1) <= 0x20 ? ' xml:space="preserve"' : '';
  return `<c r="${reference}" t="inlineStr"${styleAttribute(style)}><is><t${preserve}>${escapeXml(text)}</t></is></c>`;
}

function instantCell(reference: string, instant: Date): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) return '';
  return serialCell(reference, (ms + SHANGHAI_OFFSET_MS) / DAY_MS + UNIX_EPOCH_SERIAL, CellStyle.DateTime);
}

function serialCell(reference: string, serial: number, style: CellStyle): string {
  if (serial < FIRST_SAFE_SERIAL) return '';
  return `<c r="${reference}" s="${style}"><v>${serial}</v></c>`;
}

function styleAttribute(style: CellStyle): string {
  return style === CellStyle.Normal ? '' : ` s="${style}"`;
}

const SHEET_NAME_LIMIT = 31;

/**
 * Sheet names Excel accepts: none of []:*?/\, no control characters, not starting or ending with an apostrophe,
 * at most 31 characters, unique regardless of case, and not 'History' (reserved by Excel).
 */
export function sanitizeSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>(['history']);
  return names.map((raw, index) => {
    const cleaned = raw
      .replace(/[[\]:*?/\\]/g, '_')
      .replace(FORBIDDEN, '')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\x00-\x1f\x7f]/g, '')
      .trim()
      .replace(/^'+|'+$/g, '');
    const base = truncate(cleaned, SHEET_NAME_LIMIT) || `Sheet${index + 1}`;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = truncate(base, SHEET_NAME_LIMIT - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/** At most `limit` UTF-16 units, never splitting a surrogate pair. */
function truncate(text: string, limit: number): string {
  let result = '';
  for (const char of text) {
    if (result.length + char.length > limit) break;
    result += char;
  }
  return result;
}

/** A column width (in characters) that fits a header: CJK characters count twice. */
export function widthForHeader(header: string): number {
  let width = 0;
  for (const char of header) width += char.charCodeAt(0) >= 0x2e80 ? 2 : 1;
  return Math.min(60, Math.max(10, width + 2));
}
