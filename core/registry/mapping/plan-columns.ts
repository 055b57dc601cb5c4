/**
 * 表头核对 — matches a file's header against a source's column-mapping template, before a single row is read:
 * which column holds which field, which columns no field claims (kept as they are), and which required fields have
 * no column (the file is refused, naming each with the headers it would accept). Headers compare after folding
 * width and brackets, dropping spaces, a leading * and a trailing unit in brackets (注册资本（元） = 注册资本).
 */
import { foldWidthAndBrackets } from '../normalize/fold-width';
import { unitOfHeader } from '../normalize/parse-amount';
import { REGISTRY_FIELD_KINDS, type AmountUnit, type ColumnTemplate, type RegistryField, type RegistryFieldKind } from './registry-fields';

/** 字段列 — where one field is read from. */
export interface FieldColumn {
  readonly field: RegistryField;
  readonly kind: RegistryFieldKind;
  readonly index: number;
  /** The header as the file writes it. */
  readonly header: string;
  /** For amounts: the header's unit, else the template's. */
  readonly unit: AmountUnit;
}

/** 读取计划 — how the rows of one file are read. */
export interface ColumnPlan {
  readonly fields: readonly FieldColumn[];
  /** Columns that no field claims; their values are kept under their header. */
  readonly others: ReadonlyArray<{ readonly index: number; readonly header: string }>;
  readonly rowKey: FieldColumn | null;
}

/** 缺失列 — a required field without a column, and the headers that would have been accepted. */
export interface MissingColumn {
  readonly field: RegistryField;
  readonly aliases: readonly string[];
}

export type HeaderCheck = { readonly ok: true; readonly plan: ColumnPlan } | { readonly ok: false; readonly missing: readonly MissingColumn[] };

export function planColumns(header: readonly string[], template: ColumnTemplate): HeaderCheck {
  const keys = header.map(headerKey);
  const claimed = new Set<number>();
  const fields: FieldColumn[] = [];
  for (const [field, aliases] of Object.entries(template.columns) as Array<[RegistryField, readonly string[]]>) {
    // Aliases in order of preference: the first one the header has wins.
    const index = aliases.map(headerKey).map((alias) => keys.findIndex((key, i) => key === alias && !claimed.has(i))).find((i) => i >= 0);
    if (index === undefined) continue;
    claimed.add(index);
    fields.push({ field, kind: REGISTRY_FIELD_KINDS[field], index, header: header[index]!, unit: unitOfHeader(foldWidthAndBrackets(header[index]!)) ?? template.amountUnit });
  }
  const missing = template.required
    .filter((field) => !fields.some((f) => f.field === field))
    .map((field) => ({ field, aliases: template.columns[field] ?? [] }));
  if (missing.length > 0) return { ok: false, missing };
  fields.sort((a, b) => a.index - b.index);
  const others = header.flatMap((h, index) => (claimed.has(index) || h.trim() === '' ? [] : [{ index, header: h.trim() }]));
  const rowKey = template.rowKey === null ? null : (fields.find((f) => f.field === template.rowKey) ?? null);
  return { ok: true, plan: { fields, others, rowKey } };
}

/** The form two spellings of one header share. */
export function headerKey(header: string): string {
  return foldWidthAndBrackets(header)
    .replace(/\s+/g, '')
    .replace(/^\*+/, '')
    .replace(/\((?:亿元|万元|千元|元)\)$/, '')
    .toLowerCase();
}
