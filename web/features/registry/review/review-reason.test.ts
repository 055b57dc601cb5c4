import { describe, expect, it } from 'vitest';
import en from '../../../app/i18n/en';
import { describeReviewReason } from './review-reason';

const thresholds = { merge: 10, review: 4 };

describe('describeReviewReason', () => {
  it.each([
    ['between-thresholds', 7.24, 'registry.review.reasons.between-thresholds', /7\.2 is at or above the review threshold 4\.0 but below the merge threshold 10\.0/],
    ['name-disagreement', 12.5, 'registry.review.reasons.name-disagreement', /12\.5 reaches the merge threshold 10\.0, but the names disagree/],
    ['credit-code-conflict', 3, 'registry.review.reasons.credit-code-conflict', /different valid credit codes \(match weight 3\.0\)/],
  ] as const)('%s (weight %d)', (reason, weight, key, sentence) => {
    const text = describeReviewReason({ reason, weight, thresholds });
    expect(text.key).toBe(key);
    const template = en.registry.review.reasons[reason];
    const rendered = template.replace(/\{\{(\w+)\}\}/g, (_, name: keyof typeof text.values) => text.values[name]);
    expect(rendered).toMatch(sentence);
  });
});
