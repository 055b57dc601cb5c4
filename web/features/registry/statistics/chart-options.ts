/**
 * 图表配置 — the dashboard's ECharts options built from statistics rows: ranked bars (towns, bodies, segments), the
 * industry pie and the timeline. Pure, so what each chart shows is tested without a canvas; labels arrive already
 * localized from the caller.
 */
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Measure, Statistics, StatisticsRow, TimelineRow } from '../registry-api';

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

const axisLabel = { color: '#5b6475', fontSize: 12 };
const splitLine = { lineStyle: { color: '#eef0f3' } };

/** A labelled value of one chart. */
export interface ChartDatum {
  label: string;
  value: number;
  color?: string;
}

/** The rows as labelled values of `measure`, largest first, rows without a value dropped. */
export function toChartData(rows: readonly StatisticsRow[], measure: Measure, labelOf: (row: StatisticsRow) => string, colorOf?: (row: StatisticsRow) => string | undefined): ChartDatum[] {
  return rows
    .filter((row) => Number.isFinite(row[measure]) && row[measure] > 0)
    .map((row) => ({ label: labelOf(row), value: row[measure], color: colorOf?.(row) }))
    .sort((a, b) => b.value - a.value);
}

/**
 * The rows with a value of the dimension, and the measure of the row without one (not placed, for towns and bodies;
 * no segment, for industries that have none): a ranking of places reads wrong with "nowhere" in it,
 * so the caller shows that figure beside the chart instead.
 */
export function splitNoValue(statistics: Statistics, measure: Measure): { rows: StatisticsRow[]; noValue: number } {
  return {
    rows: statistics.rows.filter((row) => row.key !== null),
    noValue: statistics.rows.filter((row) => row.key === null).reduce((sum, row) => sum + row[measure], 0),
  };
}

/**
 * A horizontal ranked bar chart: the largest on top, names on the left where long Chinese names have room. The
 * grid grows with the number of bars (the caller sizes the box with `rankedBarHeight`).
 */
export function rankedBarOption(data: readonly ChartDatum[], { seriesName, color = '#1f5fd1' }: { seriesName: string; color?: string }): ChartOption {
  const top = [...data].reverse();
  return {
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', axisLabel, splitLine },
    yAxis: { type: 'category', data: top.map((datum) => datum.label), axisLabel: { ...axisLabel, width: 180, overflow: 'truncate' }, axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        name: seriesName,
        barMaxWidth: 18,
        data: top.map((datum) => ({ value: datum.value, itemStyle: { color: datum.color ?? color, borderRadius: [0, 3, 3, 0] } })),
        label: { show: true, position: 'right', color: '#5b6475', fontSize: 11 },
      },
    ],
  };
}

/** The height a ranked bar chart needs for `count` bars. */
export function rankedBarHeight(count: number): number {
  return Math.max(160, count * 28 + 24);
}

/** A ring of the industries' shares, with the legend beneath. */
export function sharePieOption(data: readonly ChartDatum[], { seriesName }: { seriesName: string }): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, icon: 'circle', itemWidth: 10, textStyle: axisLabel },
    series: [
      {
        type: 'pie',
        name: seriesName,
        radius: ['42%', '70%'],
        center: ['50%', '44%'],
        avoidLabelOverlap: true,
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        label: { formatter: '{d}%', color: '#3b4252' },
        data: data.map((datum) => ({ name: datum.label, value: datum.value, itemStyle: datum.color ? { color: datum.color } : undefined })),
      },
    ],
  };
}

/** 时间序列名称 — the timeline's series labels in the UI language. */
export interface TimelineLabels {
  founded: string;
  entered: string;
  left: string;
  active: string;
}

const timelineColors: Readonly<Record<keyof TimelineLabels, string>> = {
  founded: '#1f5fd1',
  entered: '#2e9e5b',
  left: '#d4380d',
  active: '#8c8c8c',
};

/**
 * Founded, entered and left per year as lines on the left axis; the number active at year end, an order of magnitude
 * larger, as a dashed line on its own right axis so that it does not flatten the others.
 */
export function timelineOption(rows: readonly TimelineRow[], labels: TimelineLabels): ChartOption {
  const sorted = [...rows].sort((a, b) => a.year - b.year);
  const flow = (key: 'founded' | 'entered' | 'left'): LineSeriesOption => ({
    type: 'line',
    name: labels[key],
    data: sorted.map((row) => row[key]),
    smooth: true,
    showSymbol: false,
    lineStyle: { width: 2 },
    itemStyle: { color: timelineColors[key] },
  });
  return {
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: axisLabel },
    xAxis: { type: 'category', data: sorted.map((row) => String(row.year)), axisLabel, boundaryGap: false },
    yAxis: [
      { type: 'value', axisLabel, splitLine },
      { type: 'value', axisLabel, splitLine: { show: false } },
    ],
    series: [
      flow('founded'),
      flow('entered'),
      flow('left'),
      {
        type: 'line',
        name: labels.active,
        yAxisIndex: 1,
        data: sorted.map((row) => row.active),
        showSymbol: false,
        lineStyle: { width: 1.5, type: 'dashed' },
        itemStyle: { color: timelineColors.active },
      },
    ],
  };
}
