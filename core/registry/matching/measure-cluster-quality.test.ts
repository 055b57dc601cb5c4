import { describe, expect, it } from 'vitest';
import { measureClusterQuality } from './measure-cluster-quality';

describe('measureClusterQuality', () => {
  it('counts pairs from the contingency table', () => {
    // Truth: {0,1,2} {3,4}. Predicted: {0,1} {2,3,4}.
    const quality = measureClusterQuality([0, 0, 1, 1, 1], [7, 7, 7, 8, 8]);
    // Predicted pairs: 1 + 3 = 4; true pairs: 3 + 1 = 4; both: (0,1) and (3,4) = 2.
    expect(quality).toMatchObject({ trueMerges: 2, falseMerges: 2, missedMerges: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('is perfect when the clusters equal the truth, whatever their labels', () => {
    expect(measureClusterQuality([5, 5, 9], [1, 1, 2])).toMatchObject({ precision: 1, recall: 1, falseMerges: 0, missedMerges: 0 });
  });

  it('restricts to pairs touching the included records', () => {
    // Records 0 and 1 are excluded: the pair (0,1) does not count, the pairs with record 2 do.
    const quality = measureClusterQuality([0, 0, 0], [1, 1, 2], (i) => i === 2);
    expect(quality).toMatchObject({ trueMerges: 0, falseMerges: 2, missedMerges: 0 });
  });
});
