/**
 * 匹配质量 — pairwise precision and recall of predicted clusters against the ground truth: a pair of records is a
 * true merge when both sit in one predicted cluster and are one true firm, a false merge when they sit together but
 * are two firms, a missed merge when they are one firm but sit apart. Counted from the contingency table, so it
 * costs O(records), not O(pairs).
 */

/** 混淆计数与指标. */
export interface ClusterQuality {
  readonly trueMerges: number;
  readonly falseMerges: number;
  readonly missedMerges: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * `predicted[i]` and `truth[i]` are record i's predicted cluster and true firm; `include` restricts the count to
 * pairs with at least one record for which it returns true (e.g. records without a valid code).
 */
export function measureClusterQuality(
  predicted: ArrayLike<number>,
  truth: ArrayLike<number>,
  include?: (record: number) => boolean,
): ClusterQuality {
  const pairs = (k: number) => (k * (k - 1)) / 2;
  const count = (keyOf: (i: number) => string | number) => {
    const all = new Map<string | number, number>();
    const excluded = new Map<string | number, number>();
    for (let i = 0; i < predicted.length; i += 1) {
      const key = keyOf(i);
      all.set(key, (all.get(key) ?? 0) + 1);
      if (include && !include(i)) excluded.set(key, (excluded.get(key) ?? 0) + 1);
    }
    // Pairs with at least one included record = all pairs − pairs of excluded records only.
    let total = 0;
    for (const [key, k] of all) total += pairs(k) - pairs(excluded.get(key) ?? 0);
    return total;
  };
  const together = count((i) => predicted[i]!);
  const same = count((i) => truth[i]!);
  const both = count((i) => `${predicted[i]}|${truth[i]}`);
  const precision = together === 0 ? 1 : both / together;
  const recall = same === 0 ? 1 : both / same;
  return {
    trueMerges: both,
    falseMerges: together - both,
    missedMerges: same - both,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}
