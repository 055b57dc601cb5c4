/** 变更项 — one field of an audit record's before/after summary. */
export interface DiffRow {
  /** Dotted path of the field ("profile.phone"); "" for a value that is not an object. */
  path: string;
  before: unknown;
  after: unknown;
  change: 'added' | 'removed' | 'changed' | 'same';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const absent = Symbol('absent');
type Side = unknown | typeof absent;

/**
 * Lines up `before` and `after` field by field (nested objects flattened to dotted paths, arrays compared whole),
 * so the viewer can mark what an action added, removed or changed. Fields keep the order they first appear in.
 */
export function diffJson(before: unknown, after: unknown): DiffRow[] {
  if (before == null && after == null) return [];
  const rows: DiffRow[] = [];
  compare('', before ?? absent, after ?? absent, rows);
  return rows;
}

function compare(path: string, a: Side, b: Side, rows: DiffRow[]): void {
  if ((isPlainObject(a) || a === absent) && (isPlainObject(b) || b === absent)) {
    const left = isPlainObject(a) ? a : {};
    const right = isPlainObject(b) ? b : {};
    for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
      compare(path ? `${path}.${key}` : key, key in left ? left[key] : absent, key in right ? right[key] : absent, rows);
    }
    return;
  }
  const change = a === absent ? 'added' : b === absent ? 'removed' : JSON.stringify(a) === JSON.stringify(b) ? 'same' : 'changed';
  rows.push({ path, before: a === absent ? undefined : a, after: b === absent ? undefined : b, change });
}

/** A value as one line of text: strings as they are, everything else as JSON; nothing as "". */
export function formatValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
