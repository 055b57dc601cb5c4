/**
 * 待审核行 — a review item of core resolution as registry_review_items stores it: the two records in the database's
 * order (record_a < record_b, compared by PostgreSQL, whose collation may differ from JavaScript's), the waterfall
 * with its left side on record_a, the two enterprises and where the first of them lies (the item's data scope).
 */
import type { MatchExplanation, ReviewItem } from '../../../../core/registry';
import type { EnterpriseLocation } from '../locate/enterprise-location';

/** A pair as sent to the database: both orientations of the waterfall, for whichever order the database picks. */
export interface ReviewPair {
  readonly left: string;
  readonly right: string;
  readonly weight: number;
  /** The waterfall with left = `left`, and with left = `right`. */
  readonly explanation: unknown;
  readonly swapped: unknown;
  readonly enterpriseLeft: string;
  readonly enterpriseRight: string;
  readonly townCode: string | null;
  readonly bodyId: string | null;
}

export function toReviewPair(
  review: ReviewItem,
  enterpriseOf: (recordId: string) => string,
  locationOf: (enterpriseId: string) => EnterpriseLocation | undefined,
): ReviewPair {
  const e = review.explanation;
  const enterpriseLeft = enterpriseOf(e.leftId);
  const enterpriseRight = enterpriseOf(e.rightId);
  const place = [locationOf(enterpriseLeft), locationOf(enterpriseRight)].find((l) => l?.townCode || l?.bodyId);
  return {
    left: e.leftId,
    right: e.rightId,
    weight: e.total,
    explanation: { ...e, reason: review.reason },
    swapped: { ...swap(e), reason: review.reason },
    enterpriseLeft,
    enterpriseRight,
    townCode: place?.townCode ?? null,
    bodyId: place?.bodyId ?? null,
  };
}

function swap(e: MatchExplanation): MatchExplanation {
  return { ...e, leftId: e.rightId, rightId: e.leftId, steps: e.steps.map((s) => ({ ...s, left: s.right, right: s.left })) };
}
