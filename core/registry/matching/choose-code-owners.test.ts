import { describe, expect, it } from 'vitest';
import { chooseCodeOwners, type CodeCandidate } from './choose-code-owners';

const rank = (source: string) => ['market-regulation', 'tax', 'statistics', 'body-list'].indexOf(source);
const c = (code: string, source: string, recordId: string): CodeCandidate => ({ code, source, recordId });

describe('chooseCodeOwners', () => {
  it.each([
    { name: 'one code per cluster, as without decisions', clusters: [[c('A', 'tax', 't1'), c('A', 'market-regulation', 'm1')], [c('B', 'tax', 't2')], []], expected: ['A', 'B', null] },
    { name: 'a code split by a decision goes to the cluster with more records of it', clusters: [[c('A', 'body-list', 'b1')], [c('A', 'tax', 't1'), c('A', 'statistics', 's1')]], expected: [null, 'A'] },
    { name: 'equal counts: the cluster with the more trusted source keeps the code', clusters: [[c('A', 'body-list', 'b1')], [c('A', 'market-regulation', 'm1')]], expected: [null, 'A'] },
    { name: 'equal counts and sources: the smallest record id', clusters: [[c('A', 'tax', 't2')], [c('A', 'tax', 't1')]], expected: [null, 'A'] },
    { name: 'two codes merged by a decision: the one held most', clusters: [[c('A', 'tax', 't1'), c('B', 'market-regulation', 'm1'), c('B', 'statistics', 's1')]], expected: ['B'] },
    { name: 'a cluster that loses one code keeps its other', clusters: [[c('A', 'tax', 't1'), c('B', 'tax', 't2')], [c('A', 'market-regulation', 'm1'), c('A', 'tax', 't3')]], expected: ['B', 'A'] },
  ])('$name', ({ clusters, expected }) => {
    expect(chooseCodeOwners(clusters, rank)).toEqual(expected);
  });

  it('never hands out a code that belongs elsewhere', () => {
    expect(chooseCodeOwners([[c('A', 'tax', 't1'), c('B', 'tax', 't2')]], rank, new Set(['B']))).toEqual(['A']);
    expect(chooseCodeOwners([[c('A', 'tax', 't1')]], rank, new Set(['A']))).toEqual([null]);
  });
});
