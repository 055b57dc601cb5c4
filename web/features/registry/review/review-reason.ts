/**
 * 送审原因 — what to tell a reviewer about why a pair is in the queue: the message of its reason and the figures it
 * quotes (the weight and both thresholds, one decimal, as the waterfall shows them). Pure, so it is tested alone.
 */
import type { ReviewItem, ReviewReason } from '../registry-api';

export interface ReviewReasonText {
  readonly key: `registry.review.reasons.${ReviewReason}`;
  readonly values: { readonly weight: string; readonly review: string; readonly merge: string };
}

export function describeReviewReason(item: Pick<ReviewItem, 'reason' | 'weight' | 'thresholds'>): ReviewReasonText {
  return {
    key: `registry.review.reasons.${item.reason}`,
    values: { weight: item.weight.toFixed(1), review: item.thresholds.review.toFixed(1), merge: item.thresholds.merge.toFixed(1) },
  };
}
