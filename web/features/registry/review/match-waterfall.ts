/**
 * 匹配瀑布图布局 — where each bar of a pair's waterfall lies on one shared axis: the prior, then each field's weight
 * added to the running total, and the merge and review thresholds as lines across. Pure, so it is tested without a
 * browser; the component only draws the percentages.
 */
import { DEFAULT_MATCH_MODEL } from '../../../../core/registry/matching/match-model';
import type { MatchStep } from '../registry-api';

export interface Thresholds {
  merge: number;
  review: number;
}

/** 瀑布条 — one bar: from the running total before it to the one after, as percentages of the axis. */
export interface WaterfallBar {
  key: string;
  weight: number;
  from: number;
  to: number;
  /** Left edge and width in % of the axis. */
  left: number;
  width: number;
}

export interface WaterfallLayout {
  prior: WaterfallBar;
  steps: (WaterfallBar & MatchStep)[];
  total: number;
  outcome: 'merged' | 'review' | 'distinct';
  /** Where 0 and the two thresholds lie, in % of the axis. */
  marks: { zero: number; merge: number; review: number };
  thresholds: Thresholds;
}

/** The thresholds of the default model, for a server that does not send its own. */
export const DEFAULT_THRESHOLDS: Thresholds = DEFAULT_MATCH_MODEL.thresholds;

/**
 * The total is the server's; the prior is what it holds beyond the fields' weights (the review item carries the
 * total and the steps, not the prior). The axis spans every running total, 0 and both thresholds, with a margin.
 */
export function layoutWaterfall(steps: readonly MatchStep[], total: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): WaterfallLayout {
  const prior = total - steps.reduce((sum, step) => sum + step.weight, 0);
  const runs: { key: string; weight: number; from: number; to: number }[] = [{ key: 'prior', weight: prior, from: 0, to: prior }];
  let running = prior;
  for (const step of steps) {
    runs.push({ key: step.field, weight: step.weight, from: running, to: running + step.weight });
    running += step.weight;
  }
  const values = [0, thresholds.merge, thresholds.review, ...runs.flatMap((run) => [run.from, run.to])];
  const span = Math.max(...values) - Math.min(...values) || 1;
  const min = Math.min(...values) - span * 0.04;
  const max = Math.max(...values) + span * 0.04;
  const at = (value: number) => ((value - min) / (max - min)) * 100;
  const bar = (run: (typeof runs)[number]): WaterfallBar => ({
    ...run,
    left: at(Math.min(run.from, run.to)),
    width: Math.abs(at(run.to) - at(run.from)),
  });
  const [priorRun, ...stepRuns] = runs;
  return {
    prior: bar(priorRun!),
    steps: steps.map((step, i) => ({ ...step, ...bar(stepRuns[i]!) })),
    total,
    outcome: total >= thresholds.merge ? 'merged' : total >= thresholds.review ? 'review' : 'distinct',
    marks: { zero: at(0), merge: at(thresholds.merge), review: at(thresholds.review) },
    thresholds,
  };
}
