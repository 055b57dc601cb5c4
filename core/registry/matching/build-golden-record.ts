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
const MATCH_FIELDS = new Set<string>(MATCH_FIELD_NAMES);

export function buildGoldenRecord(records: readonly RegistryRecord[], rules: SurvivorshipRules): GoldenRecord {
  // One pass over the records and their values (a resolution builds hundreds of thousands of these).
  const rankOf = ranksOf(rules);
  const best = new Map<string, { value: string | number; record: RegistryRecord; rank: number }>();
  const offer = (record: RegistryRecord, field: string, raw: string | number | null) => {
    const value = readValue(field, raw);
    if (value === null) return;
    const rank = rankOf(field, record.source);
    const current = best.get(field);
    // Ties within one source: the first record in input order, so the result does not depend on sorting.
    if (current === undefined || rank < current.rank) best.set(field, { value, record, rank });
  };
  for (const record of records) {
    for (const field of MATCH_FIELD_NAMES) offer(record, field, record[field] ?? null);
    const attributes = record.attributes;
    if (attributes) for (const field in attributes) if (!MATCH_FIELDS.has(field)) offer(record, field, attributes[field] ?? null);
  }
  const fields: Record<string, GoldenValue> = {};
  for (const [field, { value, record }] of best) fields[field] = { value, source: record.source, recordId: record.id };
  return { fields };
}

/** Each rule set's ranks, field → source → rank, worked out once per field. */
const RANKS = new WeakMap<SurvivorshipRules, (field: string, source: string) => number>();

function ranksOf(rules: SurvivorshipRules): (field: string, source: string) => number {
  let rankOf = RANKS.get(rules);
  if (rankOf) return rankOf;
  const byOrder = new Map<readonly string[], Map<string, number>>();
  rankOf = (field, source) => {
    const order = rules.fieldOrder?.[field] ?? rules.sourceOrder;
    let ranks = byOrder.get(order);
    if (!ranks) byOrder.set(order, (ranks = new Map(order.map((s, i) => [s, i] as const).reverse())));
    return ranks.get(source) ?? order.length;
  };
  RANKS.set(rules, rankOf);
  return rankOf;
}

function readValue(field: string, raw: string | number | null): string | number | null {
  if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return null;
  if (typeof raw === 'number' && !Number.isFinite(raw)) return null;
  if (field === 'creditCode') {
    const check = checkCreditCode(String(raw));
    return check.valid ? check.code : null;
  }
  return typeof raw === 'string' ? raw.trim() : raw;
}
