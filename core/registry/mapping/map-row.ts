/**
 * 行映射 — one row of a source file into a registry record: each mapped cell normalised (width folded, trimmed) and
 * checked by its field's kind. A row is kept when it has a name. A cell that fails its check is reported as a
 * problem of that column; its value is dropped — except a credit code that fails its check digit, which is kept as
 * matching evidence (one mistyped character still points at the right firm) but never becomes an enterprise's code.
 */
import { checkCreditCode, describeCreditCodeProblem, normalizeCreditCode } from '../credit-code';
import { foldWidth } from '../normalize/fold-width';
import { parseAmount, parseCount } from '../normalize/parse-amount';
import { parseRegistryDate } from '../normalize/parse-registry-date';
import type { ColumnPlan, FieldColumn } from './plan-columns';
import type { RecordColumnField } from './registry-fields';
import type { RejectionReason } from './rejection-reason';

/** 单元格问题 — a cell that failed its check, for the rejection report. */
export interface CellProblem {
  /** The header of the column. */
  readonly column: string;
  readonly value: string;
  /** Why, as a catalogue code: the report renders it in its reader's language. */
  readonly reason: RejectionReason;
}

/** 映射后的行 — the record's column fields, its other values and the problems found. */
export interface MappedRow {
  readonly fields: Readonly<Record<RecordColumnField, string | null>>;
  /** Mapped fields beyond the record columns (amounts in 万元, counts, coordinates, labels) and unmapped columns under `other`. */
  readonly attributes: Record<string, string | number | Record<string, string>>;
  readonly rowKey: string | null;
  readonly problems: readonly CellProblem[];
}

export type RowMapping = { readonly ok: true; readonly row: MappedRow } | { readonly ok: false; readonly problems: readonly CellProblem[] };

const MAX_CELL = 1000;

export function mapRow(cells: readonly string[], plan: ColumnPlan): RowMapping {
  const fields: Record<RecordColumnField, string | null> = {
    creditCode: null, name: null, address: null, legalRep: null, phone: null, foundedOn: null, industryCode: null,
  };
  const attributes: MappedRow['attributes'] = {};
  const problems: CellProblem[] = [];
  let rowKey: string | null = null;
  for (const column of plan.fields) {
    const raw = cells[column.index] ?? '';
    const text = column.kind === 'name' ? raw.replace(/[\s\u3000]+/g, ' ').trim() : foldWidth(raw).replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    if (text.length > MAX_CELL) {
      problems.push({ column: column.header, value: `${text.slice(0, 50)}…`, reason: { code: 'REGISTRY_CELL_TOO_LONG', details: { max: MAX_CELL } } });
      continue;
    }
    // The row key names the record (its id); a key-only column is not stored again among the values.
    if (column === plan.rowKey) rowKey = text;
    if (column.kind === 'key') continue;
    const value = readCell(column, text, problems);
    if (value === null) continue;
    if (column.field in fields) fields[column.field as RecordColumnField] = String(value);
    else attributes[column.field] = value;
  }
  if (plan.others.length > 0) {
    const other: Record<string, string> = {};
    for (const { index, header } of plan.others) {
      const text = (cells[index] ?? '').trim();
      if (text !== '') other[header] = text.slice(0, MAX_CELL);
    }
    if (Object.keys(other).length > 0) attributes['other'] = other;
  }
  if (fields.name === null) {
    const nameColumn = plan.fields.find((f) => f.field === 'name');
    problems.push({ column: nameColumn?.header ?? 'name', value: '', reason: { code: 'REGISTRY_ROW_NAME_EMPTY', details: {} } });
    return { ok: false, problems };
  }
  return { ok: true, row: { fields, attributes, rowKey, problems } };
}

function readCell(column: FieldColumn, text: string, problems: CellProblem[]): string | number | null {
  switch (column.kind) {
    case 'key':
    case 'name':
    case 'text':
      return text;
    case 'credit-code': {
      const check = checkCreditCode(text);
      if (check.valid) return check.code;
      reject(problems, column, text, 'REGISTRY_CELL_CREDIT_CODE_INVALID', {
        reasonZh: describeCreditCodeProblem(check.problem, 'zh-CN'),
        reasonEn: describeCreditCodeProblem(check.problem, 'en'),
      });
      return normalizeCreditCode(text);
    }
    case 'date': {
      const date = parseRegistryDate(text);
      return date ? date.iso : reject(problems, column, text, 'REGISTRY_CELL_DATE_UNRECOGNISED');
    }
    case 'amount': {
      const amount = parseAmount(text, column.unit);
      if (amount.ok) return amount.value;
      return reject(problems, column, text, amount.reason === 'foreign-currency' ? 'REGISTRY_CELL_FOREIGN_CURRENCY' : 'REGISTRY_CELL_NOT_AMOUNT');
    }
    case 'count': {
      const count = parseCount(text);
      return count === null ? reject(problems, column, text, 'REGISTRY_CELL_NOT_COUNT') : count;
    }
    case 'longitude':
    case 'latitude': {
      const number = Number(text);
      const [min, max] = column.kind === 'longitude' ? [-180, 180] : [-90, 90];
      return Number.isFinite(number) && number >= min && number <= max ? number : reject(problems, column, text, column.kind === 'longitude' ? 'REGISTRY_CELL_LONGITUDE_INVALID' : 'REGISTRY_CELL_LATITUDE_INVALID');
    }
  }
}

function reject(problems: CellProblem[], column: FieldColumn, value: string, code: RejectionReason['code'], details: RejectionReason['details'] = {}): null {
  problems.push({ column: column.header, value, reason: { code, details } });
  return null;
}
