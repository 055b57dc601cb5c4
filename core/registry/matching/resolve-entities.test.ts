import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, organisationCodeCheckCharacter } from '../credit-code';
import { resolveEntities } from './resolve-entities';
import { makeRecord, prepareAll } from '../testdata/make-records';

function code(body: string): string {
  const first17 = `91310115${body}${organisationCodeCheckCharacter(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

const A = code('MA1K4A2B');
const B = code('MA1Q7W3E');

/** Cluster membership as sets of record ids. */
function clustersOf(records: ReturnType<typeof makeRecord>[]) {
  const result = resolveEntities(prepareAll(records));
  const groups = result.clusters.map((c) => c.members.map((i) => records[i]!.id).sort());
  return { result, groups };
}

describe('resolveEntities', () => {
  it('makes one enterprise of records with the same valid code, however different they look', () => {
    const records = [
      makeRecord({ creditCode: A }),
      makeRecord({ creditCode: A.toLowerCase(), name: '完全不同的名称有限公司', source: 'tax' }),
      makeRecord({ creditCode: ` ${A} `, address: null, source: 'statistics' }),
    ];
    const { result, groups } = clustersOf(records);
    expect(groups).toHaveLength(1);
    expect(result.clusters[0]).toMatchObject({ id: A, creditCode: A });
    expect(result.clusters[0]!.links.filter((l) => l.kind === 'credit-code')).toHaveLength(2);
  });

  it('attaches a record without a code to the enterprise it matches, with a waterfall', () => {
    const records = [
      makeRecord({ creditCode: A }),
      makeRecord({ creditCode: null, name: '华欣（上海）生物科技有限责任公司', source: 'body-list' }),
      makeRecord({ creditCode: B, name: '上海博瑞集成电路有限公司', address: '秀浦路2388号', legalRep: '李明', phone: '13912345678', foundedOn: '2012-01-01' }),
    ];
    const { result, groups } = clustersOf(records);
    expect(groups).toEqual([[records[0]!.id, records[1]!.id].sort(), [records[2]!.id]]);
    const link = result.clusters[0]!.links.find((l) => l.kind === 'match');
    expect(link?.kind === 'match' && link.explanation?.outcome).toBe('merged');
  });

  it('never joins two codes through a record that resembles both', () => {
    // The middle record has no code and matches both firms (sister firms at one address, one legal representative).
    const records = [
      makeRecord({ creditCode: A, name: '上海华欣生物科技有限公司' }),
      makeRecord({ creditCode: B, name: '上海华欣生物科技有限公司', foundedOn: '2015-06-01' }),
      makeRecord({ creditCode: null, name: '上海华欣生物科技有限公司' }),
    ];
    const { result } = clustersOf(records);
    const codes = result.clusters.map((c) => c.creditCode).filter((c) => c !== null);
    expect(codes.sort()).toEqual([A, B].sort());
    expect(result.clusters.every((c) => new Set(c.members.map((i) => records[i]!.creditCode).filter(Boolean)).size <= 1)).toBe(true);
    // Same name, two codes: a person must look.
    expect(result.reviews.some((r) => r.reason === 'credit-code-conflict')).toBe(true);
  });

  it('queues a weak match for review instead of merging it', () => {
    const records = [
      makeRecord({ creditCode: A, name: '上海华欣达生物科技有限公司' }),
      makeRecord({ name: '上海华新达生物科技有限公司', address: null, legalRep: null, phone: null, foundedOn: null }),
    ];
    const { result, groups } = clustersOf(records);
    expect(groups).toHaveLength(2);
    expect(result.reviews).toHaveLength(1);
    expect(result.reviews[0]).toMatchObject({ reason: 'between-thresholds', leftClusterId: A });
    expect(result.reviews[0]!.explanation.steps.find((s) => s.field === 'name')?.level).toBe('close');
  });

  it('keeps a branch apart from its parent', () => {
    const records = [makeRecord({ creditCode: A }), makeRecord({ name: '上海华欣生物科技有限公司张江分公司' })];
    expect(clustersOf(records).groups).toHaveLength(2);
  });

  it('is deterministic: the same clusters whatever the input order', () => {
    const records = [
      makeRecord({ creditCode: A }),
      makeRecord({ name: '上海华新生物科技有限公司' }),
      makeRecord({ name: '华欣生物科技有限公司', phone: null }),
      makeRecord({ creditCode: B, name: '上海博瑞集成电路有限公司', address: '秀浦路2388号', legalRep: '李明', phone: '13912345678' }),
    ];
    const forward = clustersOf(records).groups.map((g) => g.join()).sort();
    const backward = clustersOf([...records].reverse()).groups.map((g) => g.join()).sort();
    expect(backward).toEqual(forward);
  });
});
