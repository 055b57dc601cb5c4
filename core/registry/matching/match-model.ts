/**
 * 匹配模型 — the Fellegi–Sunter model of entity resolution: for every compared field, its comparison levels with
 * m (P(level | same firm)) and u (P(level | different firms)); a level's match weight is log2(m/u), and a pair's
 * total is the prior log-odds plus the weights of its fields. "missing" (either side empty) always weighs 0.
 *
 * DEFAULT_MATCH_MODEL holds priors set by hand from how registry sources disagree (documented beside each value);
 * a zone pack may replace it, and trainMatchModel re-estimates u from random pairs and m by EM on blocked pairs.
 */
import type { MatchField } from './registry-record';

/** 比对等级 — the levels of every field, best first; 'missing' is level 0 of each. */
export const FIELD_LEVELS = {
  creditCode: ['missing', 'exact', 'one-off', 'different'],
  name: ['missing', 'exact', 'core-exact', 'close', 'similar', 'branch-mismatch', 'different'],
  address: ['missing', 'exact', 'same-road', 'close', 'different'],
  legalRep: ['missing', 'exact', 'close', 'different'],
  phone: ['missing', 'exact', 'different'],
  foundedOn: ['missing', 'exact', 'same-month', 'same-year', 'different'],
} as const satisfies Record<MatchField, readonly string[]>;

/** A level's name for one field. */
export type ComparisonLevel<F extends MatchField = MatchField> = (typeof FIELD_LEVELS)[F][number];

/** m and u of one level; `fixed` keeps the level's values out of estimation (a rule rather than a statistic). */
export interface LevelProbabilities {
  readonly m: number;
  readonly u: number;
  readonly fixed?: boolean;
}

/** 匹配模型 — parameters, thresholds and similarity cut-offs; plain data that a zone pack can hold. */
export interface MatchModel {
  readonly version: string;
  /** Where m and u come from: hand-set priors, or estimation on data (u from random pairs, m by EM). */
  readonly parameters: 'prior' | 'estimated';
  /** λ: the share of blocked candidate pairs that are the same firm; the prior weight is log2(λ / (1 − λ)). */
  readonly matchRate: number;
  /** Total weight at or above `merge` merges; at or above `review` (and below merge) goes to the review queue. */
  readonly thresholds: { readonly merge: number; readonly review: number };
  /**
   * A pair whose names disagree (level different or branch-mismatch) is at most sent to review, unless the credit
   * codes agree (exact or one character off): a renamed firm is confirmed by a person, and sister firms sharing a
   * building, a legal representative and a phone are not merged on those alone.
   */
  readonly mergeRequiresNameAgreement: boolean;
  /** Jaro–Winkler cut-offs of the "similar"/"close" levels. */
  readonly similarity: { readonly name: number; readonly address: number; readonly legalRep: number };
  readonly fields: { readonly [F in MatchField]: { readonly [L in Exclude<ComparisonLevel<F>, 'missing'>]: LevelProbabilities } };
}

/**
 * Priors. u is the chance of the level among pairs of different firms in a Shanghai registry of some 10⁵–10⁶ firms
 * (an exact name or phone is near unique, a common legal representative's name is not); m is the chance among
 * records of one firm given how sources disagree (codes missing or mistyped, names respelt, 负责人 in the statistics
 * directory instead of the 法定代表人, addresses moved). A name one character off (close) is as often a typo as
 * another firm with a similar 字号 and the same industry words, so it counts for less than an exact name. branch-mismatch is fixed: a branch (分公司) is never its
 * parent, however much else they share.
 */
export const DEFAULT_MATCH_MODEL: MatchModel = {
  version: 'prior-2026.1',
  parameters: 'prior',
  matchRate: 0.1,
  thresholds: { merge: 10, review: 4 },
  mergeRequiresNameAgreement: true,
  similarity: { name: 0.88, address: 0.9, legalRep: 0.9 },
  fields: {
    creditCode: {
      exact: { m: 0.9, u: 1e-7 },
      'one-off': { m: 0.08, u: 1e-6 },
      different: { m: 0.02, u: 0.999 },
    },
    name: {
      exact: { m: 0.7, u: 2e-6 },
      'core-exact': { m: 0.12, u: 1e-6 },
      close: { m: 0.03, u: 1e-4 },
      similar: { m: 0.02, u: 5e-4 },
      'branch-mismatch': { m: 1e-6, u: 1e-2, fixed: true },
      different: { m: 0.01, u: 0.9995 },
    },
    address: {
      exact: { m: 0.6, u: 1e-4 },
      'same-road': { m: 0.15, u: 2e-3 },
      close: { m: 0.05, u: 5e-3 },
      different: { m: 0.2, u: 0.99 },
    },
    legalRep: {
      exact: { m: 0.85, u: 3e-4 },
      close: { m: 0.03, u: 2e-3 },
      different: { m: 0.12, u: 0.997 },
    },
    phone: {
      exact: { m: 0.55, u: 1e-5 },
      different: { m: 0.45, u: 0.99999 },
    },
    foundedOn: {
      exact: { m: 0.9, u: 1e-4 },
      'same-month': { m: 0.04, u: 3e-3 },
      'same-year': { m: 0.02, u: 0.03 },
      different: { m: 0.04, u: 0.967 },
    },
  },
};

/** 匹配权重表 — log2(m/u) per field and level index, and the prior weight; computed once per model. */
export interface WeightTable {
  readonly prior: number;
  readonly fields: { readonly [F in MatchField]: Float64Array };
}

export function computeWeightTable(model: MatchModel): WeightTable {
  const table = {} as Record<MatchField, Float64Array>;
  for (const field of Object.keys(FIELD_LEVELS) as MatchField[]) {
    const levels = FIELD_LEVELS[field];
    const weights = new Float64Array(levels.length);
    const probabilities = model.fields[field] as Record<string, LevelProbabilities>;
    levels.forEach((level, i) => {
      if (level === 'missing') return;
      const p = probabilities[level]!;
      weights[i] = Math.log2(p.m / p.u);
    });
    table[field] = weights;
  }
  return { prior: Math.log2(model.matchRate / (1 - model.matchRate)), fields: table };
}

/** The match probability of a total weight: 2^w / (1 + 2^w). */
export function weightToProbability(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}
