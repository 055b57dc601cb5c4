/**
 * The registry API as the UI sees it (issue 5; server/modules/registry is the contract): enterprises and their
 * source records, import batches, the review queue, statistics and coverage. Wire shapes only; the server owns their
 * meaning and decides what the caller may see and do.
 */

/** 三大先导产业 — the three leading industries, or other. */
export const INDUSTRIES = ['biomedicine', 'integrated-circuits', 'artificial-intelligence', 'other'] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** 产业链环节 — the chain segments of integrated circuits and of biomedicine. */
export const CHAIN_SEGMENTS = {
  'integrated-circuits': ['design', 'manufacturing', 'packaging-testing', 'equipment', 'materials'],
  biomedicine: ['innovative-drugs', 'cro', 'cdmo', 'cell-gene-therapy', 'medical-devices'],
} as const;
export type ChainSegment = (typeof CHAIN_SEGMENTS)[keyof typeof CHAIN_SEGMENTS][number];
export const ALL_CHAIN_SEGMENTS: readonly ChainSegment[] = [...CHAIN_SEGMENTS['integrated-circuits'], ...CHAIN_SEGMENTS.biomedicine];

/** 区域 — the 95 km² original area or the 2022 expansion; null when outside the zone or not placed. */
export const AREAS = ['original', 'expansion'] as const;
export type Area = (typeof AREAS)[number];

/** 定位方式 — how an enterprise was placed; null = not placed (the manual-location list). */
export type LocatedBy = 'coordinates' | 'address' | 'manual';

/** 归并方式 — how a source record joined its enterprise. */
export type LinkedBy = 'credit-code' | 'model' | 'reviewer' | 'single';

/** 企业（列表项） — one reconciled enterprise as lists show it. */
export interface EnterpriseSummary {
  id: string;
  creditCode: string | null;
  name: string;
  townCode: string | null;
  townName: string | null;
  bodyId: string | null;
  bodyName: string | null;
  area: Area | null;
  industry: Industry | null;
  chainSegment: ChainSegment | null;
  industryCode: string | null;
  foundedOn: string | null;
  status: 'active' | 'deregistered';
  inDirectory: boolean;
  recordCount: number;
  locatedBy: LocatedBy | null;
}

/** 值来源 — where one golden-record value came from: source, import batch and row. */
export interface Provenance {
  sourceId: string;
  batchId: number | null;
  rowNo: number | null;
  recordId: string | null;
}

/** 来源记录 — one row of one source, as the enterprise detail lists it. */
export interface SourceRecord {
  id: string;
  sourceId: string;
  batchId: number;
  rowNo: number;
  creditCode: string | null;
  name: string;
  address: string | null;
  legalRep: string | null;
  phone: string | null;
  foundedOn: string | null;
}

/** 企业详情 — the golden record, the provenance of each value, the records merged into it and what the user may do. */
export interface EnterpriseDetail extends EnterpriseSummary {
  address: string | null;
  legalRep: string | null;
  phone: string | null;
  registeredCapital: number | null;
  employees: number | null;
  revenue: number | null;
  tax: number | null;
  lng: number | null;
  lat: number | null;
  community: string | null;
  enteredZoneOn: string | null;
  leftZoneOn: string | null;
  provenance: Record<string, Provenance>;
  records: (SourceRecord & { linkedBy: LinkedBy; weight: number | null })[];
  abilities: { review: boolean };
}

/** 列表 — one page of a list and the total count. */
export interface ListPage<T> {
  items: T[];
  total: number;
}

/** 导入批次 — one uploaded file of one source, its stage and counts. */
export interface Batch {
  id: number;
  sourceId: string;
  fileName: string;
  fileBytes: number;
  fileFormat: 'csv' | 'xlsx';
  encoding: string | null;
  status: 'running' | 'done' | 'failed';
  stage: 'reading' | 'resolving' | 'done' | 'failed';
  /** 0..1. */
  progress: number;
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  rowsChanged: number;
  failure: { code: string; message: string } | null;
  startedAt: string;
  finishedAt: string | null;
  /** The same file was imported before: this is that earlier batch, and nothing changed. */
  duplicate?: boolean;
}

/** 字段映射模板 — for each field, the column headers a source's file may use for it. */
export interface MappingTemplate {
  columns: Record<string, string[]>;
  required: string[];
}

/** 数据来源 — a named source of records, its trust rank and mapping template. */
export interface RegistrySource {
  id: string;
  name: string;
  nameEn: string;
  /** Lower is more trusted (survivorship). */
  trustRank: number;
  isStatisticsDirectory: boolean;
  mapping: MappingTemplate;
  lastBatch: Batch | null;
}

/** 归并重算结果 — POST /api/registry/resolution. */
export interface ResolutionStats {
  records: number;
  enterprises: number;
  merged: number;
  reviewQueue: number;
  placed: number;
  unplaced: number;
  ms: number;
}

/** 比对字段 — the fields entity resolution compares (core/registry MATCH_FIELDS). */
export type MatchField = 'creditCode' | 'name' | 'address' | 'legalRep' | 'phone' | 'foundedOn';

/** 瀑布图的一级 — one field's comparison level and match weight. */
export interface MatchStep {
  field: MatchField;
  level: string;
  weight: number;
  valueA: string | null;
  valueB: string | null;
}

/** 疑似重复 — a pair of records the model could not decide, with its explanation. */
export interface ReviewItem {
  id: number;
  status: 'open' | 'decided';
  weight: number;
  probability: number;
  recordA: SourceRecord;
  recordB: SourceRecord;
  enterpriseA: string | null;
  enterpriseB: string | null;
  steps: MatchStep[];
  /** Whether the caller may decide this pair (registry.review reaching where it is). */
  abilities: { review: boolean };
  /** Why the pair is in the queue (see ReviewReason). */
  reason: ReviewReason;
  /** The thresholds the weight was held against: merged at or above `merge`, reviewed from `review`. */
  thresholds: { merge: number; review: number };
  /** The rule that overrode the weights (core/registry MatchExplanation.rule). */
  rule: 'credit-code-conflict' | 'name-disagreement' | null;
  modelVersion: string;
  /** The waterfall's starting weight, before any field. */
  prior: number;
}

/**
 * 送审原因 — its weight between the review and merge thresholds; a weight at or above the merge threshold held back
 * because the names disagree; two valid credit codes under one name.
 */
export type ReviewReason = 'between-thresholds' | 'name-disagreement' | 'credit-code-conflict';

/** 统计维度. */
export const STATISTICS_DIMENSIONS = ['area', 'town', 'body', 'community', 'industry', 'chainSegment'] as const;
export type StatisticsDimension = (typeof STATISTICS_DIMENSIONS)[number];

/** 统计指标 — the count and the measures sources give (money in 万元). */
export const MEASURES = ['count', 'registeredCapital', 'employees', 'revenue', 'tax'] as const;
export type Measure = (typeof MEASURES)[number];
export type Measures = Record<Measure, number>;

/** 统计行 — one value of a dimension and its measures; key null stands for "none" (outside, unplaced, unclassified). */
export interface StatisticsRow extends Measures {
  key: string | null;
  label: string;
}

export interface Statistics {
  by: StatisticsDimension;
  rows: StatisticsRow[];
  total: Measures;
}

/** 时间趋势 — per year: founded, entered the zone, left it, active at year end. */
export interface TimelineRow {
  year: number;
  founded: number;
  entered: number;
  left: number;
  active: number;
}

/** 街镇汇总 — one town (and its body) in the coverage report. */
export interface CoverageTownRow {
  townCode: string | null;
  townName: string | null;
  bodyId: string | null;
  bodyName: string | null;
  count: number;
}

export const COVERAGE_LISTS = ['missing', 'outside'] as const;
/** 应统尽统 lists: in the zone but missing from the directory; in the directory but outside the zone. */
export type CoverageList = (typeof COVERAGE_LISTS)[number];

export interface Coverage extends ListPage<EnterpriseSummary> {
  directorySourceId: string | null;
  missing: { total: number; byTown: CoverageTownRow[] };
  outside: { total: number; byTown: CoverageTownRow[] };
}

/** An enterprise id in a path: ids such as `R:tax:123` carry colons. */
export function enterprisePath(id: string): string {
  return `/api/registry/enterprises/${encodeURIComponent(id)}`;
}
