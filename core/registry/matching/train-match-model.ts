/**
 * 参数估计 — re-estimates a match model on the data: u from random pairs of records (almost all of which are two
 * different firms), then m and λ by expectation–maximisation over the comparison vectors of the blocked candidate
 * pairs, with u held fixed (as Splink does). Levels marked `fixed` keep their hand-set values. Identical vectors are
 * grouped, so each EM iteration costs O(distinct vectors), not O(pairs).
 */
import { buildCandidatePairs, type BlockingOptions } from './build-candidate-pairs';
import { compareRecords } from './compare-records';
import { FIELD_LEVELS, type LevelProbabilities, type MatchModel } from './match-model';
import { MATCH_FIELDS, type MatchField, type PreparedRecord } from './registry-record';

/** Options of training. */
export interface TrainingOptions {
  /** Random pairs for u (default 200,000). */
  readonly randomPairs?: number;
  readonly maxIterations?: number;
  readonly seed?: number;
  readonly blocking?: BlockingOptions;
}

/** 训练结果 — the estimated model and how EM went. */
export interface TrainingResult {
  readonly model: MatchModel;
  readonly iterations: number;
  readonly converged: boolean;
  readonly candidatePairs: number;
  readonly randomPairs: number;
}

type Table = Record<MatchField, Float64Array>;

export function trainMatchModel(records: readonly PreparedRecord[], base: MatchModel, options: TrainingOptions = {}): TrainingResult {
  const randomPairs = options.randomPairs ?? 200_000;
  const m = toTable(base, 'm');
  const u = estimateU(records, base, randomPairs, options.seed ?? 1, toTable(base, 'u'));

  // Group the candidate pairs' vectors.
  const candidates = buildCandidatePairs(records, options.blocking);
  const patterns = new Map<string, { vector: Uint8Array; count: number }>();
  for (let p = 0; p < candidates.count; p += 1) {
    const vector = compareRecords(records[candidates.left[p]!]!, records[candidates.right[p]!]!, base.similarity);
    const key = vector.join('');
    const entry = patterns.get(key);
    if (entry) entry.count += 1;
    else patterns.set(key, { vector, count: 1 });
  }
  const groups = [...patterns.values()];

  let lambda = base.matchRate;
  let iterations = 0;
  let converged = false;
  const maxIterations = options.maxIterations ?? 50;
  while (iterations < maxIterations && !converged) {
    iterations += 1;
    const sums = emptyTable();
    let matchMass = 0;
    let total = 0;
    for (const { vector, count } of groups) {
      let pm = lambda;
      let pu = 1 - lambda;
      for (let f = 0; f < MATCH_FIELDS.length; f += 1) {
        const level = vector[f]!;
        if (level === 0) continue;
        pm *= m[MATCH_FIELDS[f]!][level]!;
        pu *= u[MATCH_FIELDS[f]!][level]!;
      }
      const posterior = pm / (pm + pu);
      matchMass += posterior * count;
      total += count;
      for (let f = 0; f < MATCH_FIELDS.length; f += 1) sums[MATCH_FIELDS[f]!][vector[f]!]! += posterior * count;
    }
    let change = Math.abs(matchMass / total - lambda);
    lambda = clamp(matchMass / total);
    for (const field of MATCH_FIELDS) {
      const levels = FIELD_LEVELS[field];
      const fixed = levels.map((level) => level !== 'missing' && isFixed(base, field, level));
      const fixedMass = levels.reduce((s, _, l) => s + (fixed[l] ? m[field][l]! : 0), 0);
      let present = 0;
      for (let l = 1; l < levels.length; l += 1) if (!fixed[l]) present += sums[field][l]!;
      if (present === 0) continue;
      for (let l = 1; l < levels.length; l += 1) {
        if (fixed[l]) continue;
        const next = clamp(((sums[field][l]! + 1e-3) / (present + 1e-3 * levels.length)) * (1 - fixedMass));
        change = Math.max(change, Math.abs(next - m[field][l]!));
        m[field][l] = next;
      }
    }
    converged = change < 1e-5;
  }
  return {
    model: { ...base, version: `${base.version}+estimated`, parameters: 'estimated', matchRate: lambda, fields: fromTables(base, m, u) },
    iterations,
    converged,
    candidatePairs: candidates.count,
    randomPairs,
  };
}

/** u per level from random pairs, add-one smoothed; pairs that share a valid code are skipped. */
function estimateU(records: readonly PreparedRecord[], base: MatchModel, pairs: number, seed: number, prior: Table): Table {
  const counts = emptyTable();
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const n = records.length;
  for (let p = 0; p < pairs && n > 1; p += 1) {
    const a = records[Math.floor(next() * n)]!;
    const b = records[Math.floor(next() * n)]!;
    if (a === b || (a.validCode !== null && a.validCode === b.validCode)) continue;
    const vector = compareRecords(a, b, base.similarity);
    for (let f = 0; f < MATCH_FIELDS.length; f += 1) counts[MATCH_FIELDS[f]!][vector[f]!]! += 1;
  }
  const u = emptyTable();
  for (const field of MATCH_FIELDS) {
    const levels = FIELD_LEVELS[field];
    let present = 0;
    for (let l = 1; l < levels.length; l += 1) present += counts[field][l]!;
    for (let l = 1; l < levels.length; l += 1) {
      const level = levels[l]!;
      // Fixed levels, and levels random pairs never show, keep the prior when it is smaller than one in the sample.
      if (isFixed(base, field, level)) u[field][l] = prior[field][l]!;
      else if (counts[field][l] === 0) u[field][l] = Math.min(prior[field][l]!, 1 / (present + levels.length));
      else u[field][l] = (counts[field][l]! + 1) / (present + levels.length);
    }
  }
  return u;
}

function isFixed(model: MatchModel, field: MatchField, level: string): boolean {
  return (model.fields[field] as Record<string, LevelProbabilities>)[level]?.fixed === true;
}

function toTable(model: MatchModel, which: 'm' | 'u'): Table {
  const table = emptyTable();
  for (const field of MATCH_FIELDS) {
    FIELD_LEVELS[field].forEach((level, l) => {
      if (level !== 'missing') table[field][l] = (model.fields[field] as Record<string, LevelProbabilities>)[level]![which];
    });
  }
  return table;
}

function fromTables(base: MatchModel, m: Table, u: Table): MatchModel['fields'] {
  const fields: Record<string, Record<string, LevelProbabilities>> = {};
  for (const field of MATCH_FIELDS) {
    const levels: Record<string, LevelProbabilities> = {};
    FIELD_LEVELS[field].forEach((level, l) => {
      if (level === 'missing') return;
      const fixed = isFixed(base, field, level);
      levels[level] = fixed ? { m: m[field][l]!, u: u[field][l]!, fixed } : { m: m[field][l]!, u: u[field][l]! };
    });
    fields[field] = levels;
  }
  return fields as unknown as MatchModel['fields'];
}

function emptyTable(): Table {
  return Object.fromEntries(MATCH_FIELDS.map((f) => [f, new Float64Array(FIELD_LEVELS[f].length)])) as Table;
}

function clamp(p: number): number {
  return Math.min(1 - 1e-9, Math.max(1e-9, p));
}
