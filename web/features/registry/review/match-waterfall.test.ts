import { describe, expect, it } from 'vitest';
import type { MatchStep } from '../registry-api';
import { DEFAULT_THRESHOLDS, layoutWaterfall } from './match-waterfall';

const step = (field: MatchStep['field'], weight: number, level = 'exact'): MatchStep => ({ field, level, weight, valueA: null, valueB: null });

describe('layoutWaterfall', () => {
  it('recovers the prior from the total and runs each step from the previous total', () => {
    const layout = layoutWaterfall([step('name', 8), step('address', -2), step('phone', 0, 'missing')], 3, { merge: 10, review: 4 });
    expect(layout.prior.weight).toBeCloseTo(-3);
    expect(layout.steps.map((s) => [s.field, s.from, s.to])).toEqual([
      ['name', -3, 5],
      ['address', 5, 3],
      ['phone', 3, 3],
    ]);
  });

  it.each([
    [12, 'merged'],
    [10, 'merged'],
    [9.99, 'review'],
    [4, 'review'],
    [3.9, 'distinct'],
    [-20, 'distinct'],
  ] as const)('total %d → %s under the default thresholds', (total, outcome) => {
    expect(layoutWaterfall([], total, DEFAULT_THRESHOLDS).outcome).toBe(outcome);
  });

  it('places bars, zero and thresholds on one axis that holds them all', () => {
    const layout = layoutWaterfall([step('creditCode', 20), step('name', -10, 'different')], 7, { merge: 10, review: 4 });
    const bars = [layout.prior, ...layout.steps];
    for (const bar of bars) {
      expect(bar.left).toBeGreaterThanOrEqual(0);
      expect(bar.left + bar.width).toBeLessThanOrEqual(100);
    }
    expect(layout.marks.zero).toBeLessThan(layout.marks.review);
    expect(layout.marks.review).toBeLessThan(layout.marks.merge);
    // A negative step's bar spans from its new total up to the old one.
    const name = layout.steps[1]!;
    expect(name.width).toBeGreaterThan(0);
    expect(name.left).toBeLessThan(layout.steps[0]!.left + layout.steps[0]!.width);
  });

  it('draws a zero weight as a bar of no width', () => {
    const layout = layoutWaterfall([step('phone', 0, 'missing')], 1);
    expect(layout.steps[0]!.width).toBe(0);
  });
});
