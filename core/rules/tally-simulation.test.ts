/** The simulation's running totals: gains and losses by the order of results, amounts in fen, per-group figures. */
import { describe, expect, it } from 'vitest';
import { compareResults, createSimulationTally, type SideResult } from './tally-simulation';

const eligible = (amountFen: number | null = null): SideResult => ({ result: 'eligible', amountFen });
const undetermined: SideResult = { result: 'undetermined', amountFen: null };
const ineligible: SideResult = { result: 'ineligible', amountFen: null };
const likely: SideResult = { result: 'likely', amountFen: null };

describe('compareResults', () => {
  it.each<[SideResult, SideResult, string]>([
    [ineligible, eligible(100), 'gained'],
    [ineligible, undetermined, 'gained'],
    [undetermined, eligible(), 'gained'],
    [eligible(100), undetermined, 'lost'],
    [undetermined, ineligible, 'lost'],
    [eligible(100), eligible(250), 'amount'],
    [eligible(100), eligible(100), 'same'],
    [eligible(null), eligible(0), 'same'],
    [undetermined, undetermined, 'same'],
    [ineligible, likely, 'gained'],
    [undetermined, likely, 'gained'],
    [likely, eligible(5), 'gained'],
    [likely, ineligible, 'lost'],
    [likely, undetermined, 'lost'],
    [likely, likely, 'same'],
  ])('%o → %o: %s', (current, draft, expected) => {
    expect(compareResults(current, draft)).toBe(expected);
  });
});

describe('createSimulationTally', () => {
  it('adds up both sides, the changes and each group', () => {
    const tally = createSimulationTally(['town', 'industry'] as const);
    expect(tally.add({ town: 'a', industry: 'bio' }, eligible(10_001), eligible(20_002))).toBe('amount');
    expect(tally.add({ town: 'a', industry: null }, ineligible, eligible(5))).toBe('gained');
    expect(tally.add({ town: 'b', industry: 'bio' }, eligible(7), undetermined)).toBe('lost');
    expect(tally.add({ town: 'b', industry: 'ic' }, undetermined, undetermined)).toBe('same');
    expect(tally.add({ town: 'b', industry: 'ic' }, ineligible, likely)).toBe('gained');
    expect(tally.add({ town: 'a', industry: 'ic' }, likely, ineligible)).toBe('lost');
    const totals = tally.totals();
    expect(totals).toMatchObject({
      enterprises: 6,
      current: { eligible: 2, likely: 1, undetermined: 1, amountFen: 10_008 },
      draft: { eligible: 2, likely: 1, undetermined: 2, amountFen: 20_007 },
      gained: 2,
      lost: 2,
      amountDeltaFen: 9_999,
    });
    expect([...totals.groups.town]).toEqual([
      ['a', { current: { eligible: 1, likely: 1, amountFen: 10_001 }, draft: { eligible: 2, likely: 0, amountFen: 20_007 } }],
      ['b', { current: { eligible: 1, likely: 0, amountFen: 7 }, draft: { eligible: 0, likely: 1, amountFen: 0 } }],
    ]);
    expect([...totals.groups.industry.keys()]).toEqual(['bio', '', 'ic']);
  });
});
