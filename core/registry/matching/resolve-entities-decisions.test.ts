import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, organisationCodeCheckCharacter } from '../credit-code';
import { makeRecord, prepareAll } from '../testdata/make-records';
import type { RegistryRecord } from './registry-record';
import { resolveEntities, type MatchDecisions } from './resolve-entities';

function code(body: string): string {
  const first17 = `91310115${body}${organisationCodeCheckCharacter(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

const A = code('MA1K4A2B');
const B = code('MA1Q7W3E');

function resolve(records: RegistryRecord[], decisions: MatchDecisions) {
  const result = resolveEntities(prepareAll(records), { decisions });
  const groups = result.clusters.map((c) => c.members.map((i) => records[i]!.id).sort().join()).sort();
  return { result, groups };
}

describe('resolveEntities with reviewers’ decisions', () => {
  // A weak pair (a typo in the 字号, nothing else to compare) that the model sends to review.
  const weak = () => [
    makeRecord({ creditCode: A, name: '上海华欣达生物科技有限公司' }),
    makeRecord({ name: '上海华新达生物科技有限公司', address: null, legalRep: null, phone: null, foundedOn: null }),
  ];

  it.each([
    {
      name: '"same" joins a pair the model only queued, and the queue no longer asks',
      decisions: { same: [[0, 1]] } as MatchDecisions,
      clusters: 1,
      reviews: 0,
      link: 'decision',
    },
    { name: '"different" keeps the pair apart and out of the queue', decisions: { different: [[0, 1]] } as MatchDecisions, clusters: 2, reviews: 0, link: null },
    { name: 'no decision: the pair is queued', decisions: {} as MatchDecisions, clusters: 2, reviews: 1, link: null },
  ])('$name', ({ decisions, clusters, reviews, link }) => {
    const { result } = resolve(weak(), decisions);
    expect(result.clusters).toHaveLength(clusters);
    expect(result.reviews).toHaveLength(reviews);
    if (link) expect(result.clusters[0]!.links.map((l) => l.kind)).toContain(link);
  });

  it('"different" splits records that share a valid code; the code stays with the cluster that holds it most', () => {
    const records = [
      makeRecord({ creditCode: A }),
      makeRecord({ creditCode: A, source: 'tax' }),
      makeRecord({ creditCode: A, source: 'statistics', name: '完全另一家有限公司', address: null, legalRep: null, phone: null }),
    ];
    const { result, groups } = resolve(records, { different: [[0, 2], [1, 2]] });
    expect(groups).toEqual([[records[0]!.id, records[1]!.id].join(), records[2]!.id]);
    expect(result.clusters.map((c) => c.id)).toEqual([A, `record:${records[2]!.id}`]);
    expect(result.clusters[1]!.creditCode).toBeNull();
    expect(result.stats.refusedByDecision).toBeGreaterThan(0);
  });

  it('"different" also holds against a chain of probable matches', () => {
    // 0 and 2 are one firm by every field; 1 resembles both. A reviewer said 0 and 2 differ.
    const records = [makeRecord({ creditCode: A }), makeRecord({}), makeRecord({ source: 'tax' })];
    const { result } = resolve(records, { different: [[0, 2]] });
    const clusterOf = result.clusterOfRecord;
    expect(clusterOf[0]).not.toBe(clusterOf[2]);
  });

  it('"same" overrides the credit-code rule (one record carries a wrong but valid code)', () => {
    const records = [makeRecord({ creditCode: A }), makeRecord({ creditCode: B, source: 'tax' })];
    const { result } = resolve(records, { same: [[0, 1]] });
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]).toMatchObject({ id: A, creditCode: A });
    expect(result.stats.mustLinks).toBe(1);
  });

  it('"same" never overrides a "different" on the same records', () => {
    const records = [makeRecord({ creditCode: A }), makeRecord({ creditCode: B }), makeRecord({ source: 'tax' })];
    const { result } = resolve(records, { same: [[0, 2], [1, 2]], different: [[0, 1]] });
    expect(result.clusterOfRecord[0]).not.toBe(result.clusterOfRecord[1]);
    expect(result.stats.refusedByDecision).toBe(1);
  });
});
