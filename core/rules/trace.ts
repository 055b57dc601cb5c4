/**
 * 计算轨迹 — what an evaluation records for every condition and amount step: the facts it read, the parameters it
 * used with their legal references, its outcome, and a description rendered in zh and en. Also the mutable
 * context the compiled closures share during one evaluation.
 */
import type { Text } from './text';

/** 法律依据（展示） — a legal reference with the document's title resolved. */
export interface LegalRefView {
  document: string;
  article: string;
  title: Text;
  verified: boolean;
}

/** 参数使用 — a parameter's value as used, and where the law says so. */
export interface ParameterUse {
  value: number | string | boolean;
  from: string;
  legalRef: LegalRefView;
  verified: boolean;
}

/** 轨迹条目 — one step of an evaluation, in the order the steps ran (parents before children). */
export interface TraceEntry {
  path: string;
  /** The operator (gte, all, share, bands …), or version / result. */
  kind: string;
  /** Nesting depth; children of an entry follow it with depth + 1. */
  depth: number;
  id?: string;
  label?: Text;
  description: Text;
  /** The same step as a sentence for an enterprise, where it reads better than the description ("…为 5%，未满足“≥ 10%”的要求"). */
  plain?: Text;
  /** Conditions: true / false / null (unknown). Amount steps: true when computed, null when not; a cap step: whether the cap applied. */
  outcome: boolean | null;
  factsRead: Record<string, unknown>;
  parametersUsed: Record<string, ParameterUse>;
  legalRef: LegalRefView | null;
  /** Amount steps: the amount in yuan. */
  value?: number;
  /** Facts this step needed but did not get. */
  missing?: string[];
}

/** The state of one evaluation, threaded through the compiled closures. */
export interface EvalContext {
  facts: Readonly<Record<string, unknown>>;
  /** yyyymmdd */
  asOf: number;
  /**
   * Facts found absent: the first missingCount entries of `missing` (a stack; composite nodes pop what their parts
   * pushed when their outcome is decided without them — a counter, because setting an array's length is slow).
   */
  missing: string[];
  missingCount: number;
  trace: TraceEntry[] | null;
  depth: number;
}

/** The parts of a step's entry fixed at compile time. */
export interface StaticEntry {
  path: string;
  kind: string;
  id?: string;
  label?: Text;
  parametersUsed: Record<string, ParameterUse>;
  legalRef: LegalRefView | null;
}

/**
 * A new entry with every field present (absent ones undefined, which JSON drops): one object shape for all
 * entries, which keeps tracing fast (spreading objects of varying shapes is not).
 */
export function newEntry(fixed: StaticEntry, depth: number, description: Text, outcome: boolean | null, factsRead: Record<string, unknown>): TraceEntry {
  return {
    path: fixed.path,
    kind: fixed.kind,
    depth,
    id: fixed.id,
    label: fixed.label,
    description,
    plain: undefined,
    outcome,
    factsRead,
    parametersUsed: fixed.parametersUsed,
    legalRef: fixed.legalRef,
    value: undefined,
    missing: undefined,
  };
}
