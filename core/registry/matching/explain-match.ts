/**
 * 匹配解释（瀑布图） — why a pair of records scored what it did: the prior, then each field's level and weight, and
 * the running total, ending in the outcome. Every decision that entity resolution makes can be shown this way.
 */
import { compareRecords, type ComparisonVector } from './compare-records';
import { computeWeightTable, FIELD_LEVELS, weightToProbability, type MatchModel, type WeightTable } from './match-model';
import { MATCH_FIELDS, type MatchField, type PreparedRecord } from './registry-record';

/** 匹配结论 — merged (same firm), review (a person decides), distinct. */
export type MatchOutcome = 'merged' | 'review' | 'distinct';

/** 瀑布图的一级 — one field's contribution. */
export interface WaterfallStep {
  readonly field: MatchField;
  readonly level: string;
  /** log2(m/u) of the level; 0 for missing. */
  readonly weight: number;
  /** The total after this step. */
  readonly runningTotal: number;
  /** The normalised values compared, for display. */
  readonly left: string | null;
  readonly right: string | null;
}

/** 匹配解释 — the waterfall of one pair and its outcome. */
export interface MatchExplanation {
  readonly leftId: string;
  readonly rightId: string;
  readonly modelVersion: string;
  /** The model's thresholds the total was held against: merged at or above `merge`, reviewed from `review`. */
  readonly thresholds: MatchModel['thresholds'];
  readonly prior: number;
  readonly steps: readonly WaterfallStep[];
  readonly total: number;
  readonly probability: number;
  readonly outcome: MatchOutcome;
  /**
   * Set when a rule overrode the weights: two different valid credit codes are never one firm; names that disagree
   * without agreeing codes are at most sent to review (MatchModel.mergeRequiresNameAgreement).
   */
  readonly rule: 'credit-code-conflict' | 'name-disagreement' | null;
}

/** The total weight of a comparison vector. */
export function sumWeights(vector: ComparisonVector, table: WeightTable): number {
  let total = table.prior;
  for (let f = 0; f < MATCH_FIELDS.length; f += 1) total += table.fields[MATCH_FIELDS[f]!][vector[f]!]!;
  return total;
}

/** The outcome of a total weight under the model's thresholds, before any rule. */
export function classifyWeight(total: number, model: MatchModel): MatchOutcome {
  if (total >= model.thresholds.merge) return 'merged';
  return total >= model.thresholds.review ? 'review' : 'distinct';
}

const NAME_DIFFERENT = 6;
const NAME_BRANCH_MISMATCH = 5;
const CODE_EXACT = 1;
const CODE_ONE_OFF = 2;

/** Whether the name-agreement rule keeps this vector from merging (names disagree, codes do not agree). */
export function isMergeHeldBack(vector: ComparisonVector, model: MatchModel): boolean {
  if (!model.mergeRequiresNameAgreement) return false;
  const name = vector[1];
  const code = vector[0];
  return (name === NAME_DIFFERENT || name === NAME_BRANCH_MISMATCH) && code !== CODE_EXACT && code !== CODE_ONE_OFF;
}

/**
 * Compares two prepared records and explains the result. Two different valid codes force the outcome to distinct, or
 * to review when the names are spelt the same (then a person must look: a re-registration or a wrong code).
 */
export function explainMatch(a: PreparedRecord, b: PreparedRecord, model: MatchModel, table = computeWeightTable(model)): MatchExplanation {
  const vector = compareRecords(a, b, model.similarity);
  let running = table.prior;
  const steps = MATCH_FIELDS.map((field, f): WaterfallStep => {
    const weight = table.fields[field][vector[f]!]!;
    running += weight;
    return {
      field,
      level: FIELD_LEVELS[field][vector[f]!]!,
      weight,
      runningTotal: running,
      left: displayValue(a, field),
      right: displayValue(b, field),
    };
  });
  const conflict = a.validCode !== null && b.validCode !== null && a.validCode !== b.validCode;
  const nameExact = vector[1] === 1;
  const heldBack = !conflict && isMergeHeldBack(vector, model);
  const weighed = classifyWeight(running, model);
  const outcome: MatchOutcome = conflict ? (nameExact ? 'review' : 'distinct') : heldBack && weighed === 'merged' ? 'review' : weighed;
  return {
    leftId: a.id,
    rightId: b.id,
    modelVersion: model.version,
    thresholds: model.thresholds,
    prior: table.prior,
    steps,
    total: running,
    probability: weightToProbability(running),
    outcome,
    rule: conflict ? 'credit-code-conflict' : heldBack && weighed === 'merged' ? 'name-disagreement' : null,
  };
}

function displayValue(record: PreparedRecord, field: MatchField): string | null {
  switch (field) {
    case 'creditCode':
      return record.codeText;
    case 'name':
      return record.name.text;
    case 'address':
      return record.address?.text ?? null;
    case 'legalRep':
      return record.legalRep;
    case 'phone':
      return record.phones.length > 0 ? record.phones.join('/') : null;
    case 'foundedOn':
      return record.founded?.iso ?? null;
  }
}
