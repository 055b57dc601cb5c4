/**
 * CSV for downloads opened in Excel: UTF-8 with a BOM (so Chinese reads right), CRLF line ends, every field quoted,
 * and spreadsheet formulas defused (a value starting with = + - @ would run in Excel).
 */
export function toCsv(header: readonly string[], rows: Iterable<readonly unknown[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map((value) => csvField(formatValue(value))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
