/**
 * Matching quality on the generator's labelled data (issue 5 targets: precision ≥ 0.99, recall ≥ 0.97), for two
 * seeds, overall and over the pairs the probabilistic model decides (those with a record lacking a valid code).
 */
import { describe, expect, it } from 'vitest';
import { buildLabelledDataset } from '../synthetic/generate-synthetic-registry';
import { buildCandidatePairs } from './build-candidate-pairs';
import { measureClusterQuality } from './measure-cluster-quality';
import { prepareRecords } from './prepare-record';
import { resolveEntities } from './resolve-entities';

describe.each([11, 20240501])('3,000 synthetic firms, seed %i', (seed) => {
  const data = buildLabelledDataset({ seed, count: 3000 });
  const records = prepareRecords(data.records, { regionNames: ['张江'] });
  const result = resolveEntities(records);

  it('has the noise the targets are about', () => {
    const withoutCode = records.filter((r) => r.validCode === null).length;
    expect(withoutCode / records.length).toBeGreaterThan(0.08);
    expect(data.records.length / data.enterprises.length).toBeGreaterThan(3);
  });

  it('reaches precision ≥ 0.99 and recall ≥ 0.97', () => {
    const all = measureClusterQuality(result.clusterOfRecord, data.truth);
    const decided = measureClusterQuality(result.clusterOfRecord, data.truth, (i) => records[i]!.validCode === null);
    expect(all.precision).toBeGreaterThanOrEqual(0.99);
    expect(all.recall).toBeGreaterThanOrEqual(0.97);
    expect(decided.precision).toBeGreaterThanOrEqual(0.99);
    expect(decided.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps the review queue small', () => {
    expect(result.reviews.length).toBeLessThan(data.enterprises.length * 0.02);
  });

  it('blocks nearly every true pair that needs a comparison, with near-linear work', () => {
    const candidates = buildCandidatePairs(records);
    const found = new Set<number>();
    for (let p = 0; p < candidates.count; p += 1) found.add(candidates.left[p]! * records.length + candidates.right[p]!);
    // True pairs with at least one record lacking a valid code, and how many the blocks hold.
    const byFirm = new Map<number, number[]>();
    data.truth.forEach((firm, i) => byFirm.set(firm, [...(byFirm.get(firm) ?? []), i]));
    let needed = 0;
    let blocked = 0;
    for (const members of byFirm.values()) {
      for (let a = 0; a < members.length; a += 1) {
        for (let b = a + 1; b < members.length; b += 1) {
          const [i, j] = [members[a]!, members[b]!];
          if (records[i]!.validCode !== null && records[j]!.validCode !== null) continue;
          needed += 1;
          if (found.has(i * records.length + j)) blocked += 1;
        }
      }
    }
    expect(needed).toBeGreaterThan(500);
    expect(blocked / needed).toBeGreaterThanOrEqual(0.99);
    expect(candidates.count / records.length).toBeLessThan(5);
  });
});
