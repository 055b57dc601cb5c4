/**
 * 模拟汇总 — the running totals of a simulation, fed one enterprise at a time (the registry is streamed): the
 * version in force against a draft, how many gain or lose, the amounts in fen (no drift over 30,000 sums), and the
 * same per group (town, body, industry …). An enterprise gains when its result moves up the order ineligible →
 * undetermined → likely → eligible (MATCH_RESULTS), and loses when it moves down.
 */
import { MATCH_RESULTS, type MatchResult } from './classify-match';

/** One side of a comparison for one enterprise. */
export interface SideResult {
  result: MatchResult;
  amountFen: number | null;
}

/** 变化 — how one enterprise fares under the draft. */
export type ChangeKind = 'gained' | 'lost' | 'amount' | 'same';

export interface SideTotals {
  eligible: number;
  likely: number;
  undetermined: number;
  amountFen: number;
}

/** A group's side: likely counts too, since on registry facts most policies can say no more than that. */
export interface GroupSide {
  eligible: number;
  likely: number;
  amountFen: number;
}

export interface GroupTotals {
  current: GroupSide;
  draft: GroupSide;
}

export interface SimulationTotals<D extends string> {
  enterprises: number;
  current: SideTotals;
  draft: SideTotals;
  gained: number;
  lost: number;
  amountDeltaFen: number;
  /** Per dimension, per group key (empty string for an enterprise without one), in order of first appearance. */
  groups: Record<D, Map<string, GroupTotals>>;
}

const RANK = Object.fromEntries(MATCH_RESULTS.map((result, i) => [result, i])) as Record<MatchResult, number>;

export function compareResults(current: SideResult, draft: SideResult): ChangeKind {
  const delta = RANK[draft.result] - RANK[current.result];
  if (delta > 0) return 'gained';
  if (delta < 0) return 'lost';
  return (current.amountFen ?? 0) === (draft.amountFen ?? 0) ? 'same' : 'amount';
}

export interface SimulationTally<D extends string> {
  add(groupKeys: Readonly<Record<D, string | null>>, current: SideResult, draft: SideResult): ChangeKind;
  totals(): SimulationTotals<D>;
}

export function createSimulationTally<D extends string>(dimensions: readonly D[]): SimulationTally<D> {
  const side = (): SideTotals => ({ eligible: 0, likely: 0, undetermined: 0, amountFen: 0 });
  const groupSide = (): GroupSide => ({ eligible: 0, likely: 0, amountFen: 0 });
  const totals: SimulationTotals<D> = {
    enterprises: 0,
    current: side(),
    draft: side(),
    gained: 0,
    lost: 0,
    amountDeltaFen: 0,
    groups: Object.fromEntries(dimensions.map((d) => [d, new Map()])) as Record<D, Map<string, GroupTotals>>,
  };
  const count = (into: SideTotals, one: SideResult) => {
    if (one.result === 'eligible') {
      into.eligible++;
      into.amountFen += one.amountFen ?? 0;
    } else if (one.result === 'likely') into.likely++;
    else if (one.result === 'undetermined') into.undetermined++;
  };
  const countGroup = (into: GroupSide, one: SideResult) => {
    if (one.result === 'likely') into.likely++;
    if (one.result !== 'eligible') return;
    into.eligible++;
    into.amountFen += one.amountFen ?? 0;
  };
  return {
    add(groupKeys, current, draft) {
      totals.enterprises++;
      count(totals.current, current);
      count(totals.draft, draft);
      for (const dimension of dimensions) {
        const key = groupKeys[dimension] ?? '';
        const groups = totals.groups[dimension];
        let group = groups.get(key);
        if (!group) {
          group = { current: groupSide(), draft: groupSide() };
          groups.set(key, group);
        }
        countGroup(group.current, current);
        countGroup(group.draft, draft);
      }
      const change = compareResults(current, draft);
      if (change === 'gained') totals.gained++;
      else if (change === 'lost') totals.lost++;
      return change;
    },
    totals() {
      totals.amountDeltaFen = totals.draft.amountFen - totals.current.amountFen;
      return totals;
    },
  };
}
