/**
 * 存活规则（黄金记录） — the enterprise's record built from its cluster: each field is taken from the most trusted
 * source that has a usable value, with the source and record it came from. Trust is an order of sources, with
 * per-field orders where another source knows better (the statistics directory for employees, tax for tax paid).
 * The credit code is only ever a valid one.
 */
import { checkCreditCode } from '../credit-code';
import type { RegistryRecord } from './registry-record';

/** 存活规则 — source trust order, overall and per field; sources not listed rank last, in input order. */
export interface SurvivorshipRules {
  readonly sourceOrder: readonly string[];
  readonly fieldOrder?: Readonly<Record<string, readonly string[]>>;
}

/** 字段来源 — a golden value and where it came from. */
export interface GoldenValue {
  readonly value: string | number;
  readonly source: string;
  readonly recordId: string;
}

/** 黄金记录 — the surviving value of every field that any record of the cluster has. */
export interface GoldenRecord {
  readonly fields: Readonly<Record<string, GoldenValue>>;
}

const MATCH_FIELD_NAMES = ['creditCode', 'name', 'address', 'legalRep', 'phone', 'foundedOn'] as const;

export function buildGoldenRecord(records: readonly RegistryRecord[], rules: SurvivorshipRules): GoldenRecord {
  const fieldNames = new Set<string>(MATCH_FIELD_NAMES);
  for (const record of records) for (const key of Object.keys(record.attributes ?? {})) fieldNames.add(key);
  const fields: Record<string, GoldenValue> = {};
  for (const field of fieldNames) {
    const order = rules.fieldOrder?.[field] ?? rules.sourceOrder;
    const rank = (source: string) => {
      const at = order.indexOf(source);
      return at < 0 ? order.length : at;
    };
    let best: { value: string | number; record: RegistryRecord; rank: number } | null = null;
    for (const record of records) {
      const value = readValue(record, field);
      if (value === null) continue;
      const r = rank(record.source);
      // Ties within one source: the first record in input order, so the result does not depend on sorting.
      if (best === null || r < best.rank) best = { value, record, rank: r };
    }
    if (best !== null) fields[field] = { value: best.value, source: best.record.source, recordId: best.record.id };
  }
  return { fields };
}

function readValue(record: RegistryRecord, field: string): string | number | null {
  const raw = (MATCH_FIELD_NAMES as readonly string[]).includes(field)
    ? (record[field as (typeof MATCH_FIELD_NAMES)[number]] ?? null)
    : (record.attributes?.[field] ?? null);
  if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return null;
  if (typeof raw === 'number' && !Number.isFinite(raw)) return null;
  if (field === 'creditCode') {
    const check = checkCreditCode(String(raw));
    return check.valid ? check.code : null;
  }
  return typeof raw === 'string' ? raw.trim() : raw;
}
