/**
 * 待审核项 SQL — a review pair with both source records (as JSON objects) and the location that scopes it, and its
 * presentation: why it is in the queue (the reason, the thresholds, the waterfall as the write side stores it: core/
 * registry MatchExplanation), and whether the caller may still decide it.
 */
import { DEFAULT_MATCH_MODEL, weightToProbability, type ReviewItem as ReviewPairOfResolution } from '../../../../core/registry';
import { listAbilities, type AuthContext } from '../../../platform/auth';
import { enterpriseAbilities } from './registry-read.policy';
import type { ReviewItem } from './registry-read.schema';
import { presentSourceRecord, sourceRecordColumns, type SourceRecordRow } from './source-record-rows';

export interface ReviewItemRow {
  id: number;
  status: 'open' | 'decided';
  weight: number;
  /** MatchExplanation and the review reason; items stored before thresholds and reasons were kept lack them. */
  explanation: {
    probability?: number;
    modelVersion?: string;
    thresholds?: { merge: number; review: number };
    prior?: number;
    rule?: 'credit-code-conflict' | 'name-disagreement' | null;
    reason?: ReviewPairOfResolution['reason'];
    steps?: Array<{ field: string; level: string; weight: number; left?: string | null; right?: string | null }>;
  };
  enterprise_a: string | null;
  enterprise_b: string | null;
  town_code: string | null;
  body_id: string | null;
  a: SourceRecordRow;
  b: SourceRecordRow;
}

/** The select list and FROM clause of review pairs (alias i); add WHERE, ORDER and LIMIT. */
export const REVIEW_ITEM_SELECT = `select i.id, i.status, i.weight, i.explanation, i.enterprise_a, i.enterprise_b, i.town_code, i.body_id,
         (select row_to_json(x) from (select ${sourceRecordColumns('ra')}) x) as a,
         (select row_to_json(x) from (select ${sourceRecordColumns('rb')}) x) as b
    from registry_review_items i
    join registry_records ra on ra.id = i.record_a
    join registry_records rb on rb.id = i.record_b`;

export function presentReviewItem(auth: AuthContext, row: ReviewItemRow): ReviewItem {
  const abilities = listAbilities(auth, enterpriseAbilities, row, { bodyId: row.body_id, townCode: row.town_code });
  const e = row.explanation;
  const stored = e.steps ?? [];
  // Resolution runs the default model: an item stored without its thresholds was weighed against them.
  const thresholds = e.thresholds ?? DEFAULT_MATCH_MODEL.thresholds;
  const prior = e.prior ?? row.weight - stored.reduce((sum, step) => sum + step.weight, 0);
  let running = prior;
  const steps = stored.map((step) => {
    running += step.weight;
    return { field: step.field, level: step.level, weight: step.weight, runningTotal: running, valueA: step.left ?? null, valueB: step.right ?? null };
  });
  return {
    id: row.id,
    status: row.status,
    weight: row.weight,
    probability: e.probability ?? weightToProbability(row.weight),
    recordA: presentSourceRecord(row.a),
    recordB: presentSourceRecord(row.b),
    enterpriseA: row.enterprise_a,
    enterpriseB: row.enterprise_b,
    reason: e.reason ?? (e.rule === 'credit-code-conflict' ? 'credit-code-conflict' : row.weight >= thresholds.merge ? 'name-disagreement' : 'between-thresholds'),
    rule: e.rule ?? null,
    thresholds: { merge: thresholds.merge, review: thresholds.review },
    modelVersion: e.modelVersion ?? DEFAULT_MATCH_MODEL.version,
    prior,
    steps,
    abilities: { review: abilities.includes('review') && row.status === 'open' },
  };
}
