/**
 * 对比图 — the option of a bar chart comparing the version in force with the draft per town, body or industry:
 * the groups with the most at stake first (a draft that empties a group still shows it), horizontal bars so long
 * Chinese names stay readable, the value formatted in the tooltip and on the axis.
 */
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { SimulationGroup } from '../policies-api';

export type ComparisonOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** Counts of eligible or likely enterprises, or amounts. */
export type ComparisonMetric = 'eligible' | 'likely' | 'amount';

export const CURRENT_COLOR = '#9fb3d1';
export const DRAFT_COLOR = '#1f5fd1';

/** The groups to draw, largest first: by the larger of the two sides, then by label for a stable order. */
export function topGroups(groups: readonly SimulationGroup[], metric: ComparisonMetric, limit: number): SimulationGroup[] {
  const size = (g: SimulationGroup) => Math.max(g.current[metric], g.draft[metric]);
  return [...groups]
    .filter((g) => size(g) > 0)
    .sort((a, b) => size(b) - size(a) || a.label.localeCompare(b.label))
    .slice(0, limit);
}

export function comparisonOption(
  groups: readonly SimulationGroup[],
  metric: ComparisonMetric,
  names: { current: string; draft: string },
  format: (value: number) => string,
  limit = 12,
): ComparisonOption {
  // ECharts draws the first category at the bottom of a vertical axis: reverse, so the largest is on top.
  const shown = topGroups(groups, metric, limit).reverse();
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, data: [names.current, names.draft] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (typeof value === 'number' ? format(value) : String(value)),
    },
    xAxis: { type: 'value', axisLabel: { formatter: (value: number) => format(value) } },
    yAxis: { type: 'category', data: shown.map((g) => g.label), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [
      { name: names.current, type: 'bar', data: shown.map((g) => g.current[metric]), itemStyle: { color: CURRENT_COLOR }, barMaxWidth: 14 },
      { name: names.draft, type: 'bar', data: shown.map((g) => g.draft[metric]), itemStyle: { color: DRAFT_COLOR }, barMaxWidth: 14 },
    ],
  };
}

/** The chart's height for `count` groups: enough room per bar pair, within bounds. */
export function chartHeight(count: number): number {
  return Math.min(520, Math.max(180, 60 + count * 34));
}
