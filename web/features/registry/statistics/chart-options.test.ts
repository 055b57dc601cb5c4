import { describe, expect, it } from 'vitest';
import type { StatisticsRow, TimelineRow } from '../registry-api';
import { rankedBarHeight, rankedBarOption, sharePieOption, splitNoValue, timelineOption, toChartData } from './chart-options';

const row = (key: string | null, count: number, revenue = 0): StatisticsRow => ({ key, label: `L-${key}`, count, registeredCapital: 0, employees: 0, revenue, tax: 0 });

describe('toChartData', () => {
  it('labels, sorts largest first and drops empty values', () => {
    const data = toChartData([row('a', 3), row('b', 0), row('c', 9), row(null, 1)], 'count', (r) => r.label);
    expect(data).toEqual([
      { label: 'L-c', value: 9, color: undefined },
      { label: 'L-a', value: 3, color: undefined },
      { label: 'L-null', value: 1, color: undefined },
    ]);
  });

  it('reads the measure asked and colours by the caller', () => {
    const data = toChartData([row('a', 3, 50), row('b', 9, 10)], 'revenue', (r) => r.key ?? '', (r) => (r.key === 'a' ? 'red' : undefined));
    expect(data.map((d) => [d.label, d.value, d.color])).toEqual([
      ['a', 50, 'red'],
      ['b', 10, undefined],
    ]);
  });
});

describe('splitNoValue', () => {
  it('keeps the rows with a key and sums the measure of those without', () => {
    const split = splitNoValue({ by: 'town', rows: [row('a', 3, 10), row(null, 4, 20), row('b', 1, 5)], total: { count: 8, registeredCapital: 0, employees: 0, revenue: 35, tax: 0 } }, 'revenue');
    expect(split.rows.map((r) => r.key)).toEqual(['a', 'b']);
    expect(split.noValue).toBe(20);
  });

  it('says 0 when every row has a key', () => {
    expect(splitNoValue({ by: 'body', rows: [row('a', 3)], total: { count: 3, registeredCapital: 0, employees: 0, revenue: 0, tax: 0 } }, 'count').noValue).toBe(0);
  });
});

describe('rankedBarOption', () => {
  it('puts the largest bar on top (the category axis runs bottom-up)', () => {
    const option = rankedBarOption(
      [
        { label: 'big', value: 9 },
        { label: 'small', value: 1, color: 'red' },
      ],
      { seriesName: 'n' },
    );
    const yAxis = option.yAxis as { data: string[] };
    expect(yAxis.data).toEqual(['small', 'big']);
    const series = (option.series as { data: { value: number; itemStyle: { color: string } }[] }[])[0]!;
    expect(series.data.map((d) => [d.value, d.itemStyle.color])).toEqual([
      [1, 'red'],
      [9, '#1f5fd1'],
    ]);
  });

  it.each([
    [0, 160],
    [3, 160],
    [11, 332],
  ])('%d bars need %d px', (count, height) => {
    expect(rankedBarHeight(count)).toBe(height);
  });
});

describe('sharePieOption', () => {
  it('keeps each slice colour', () => {
    const option = sharePieOption([{ label: 'IC', value: 5, color: '#1f5fd1' }], { seriesName: 'n' });
    const series = (option.series as { data: { name: string; itemStyle?: { color: string } }[] }[])[0]!;
    expect(series.data).toEqual([{ name: 'IC', value: 5, itemStyle: { color: '#1f5fd1' } }]);
  });
});

describe('timelineOption', () => {
  const rows: TimelineRow[] = [
    { year: 2021, founded: 5, entered: 2, left: 1, active: 100 },
    { year: 2020, founded: 4, entered: 1, left: 0, active: 96 },
  ];
  const option = timelineOption(rows, { founded: 'F', entered: 'E', left: 'L', active: 'A' });

  it('runs the years in order', () => {
    expect((option.xAxis as { data: string[] }).data).toEqual(['2020', '2021']);
  });

  it('draws the flows on the left axis and the active count on the right', () => {
    const series = option.series as { name: string; data: number[]; yAxisIndex?: number }[];
    expect(series.map((s) => [s.name, s.data, s.yAxisIndex ?? 0])).toEqual([
      ['F', [4, 5], 0],
      ['E', [1, 2], 0],
      ['L', [0, 1], 0],
      ['A', [96, 100], 1],
    ]);
  });
});
