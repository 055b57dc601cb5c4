import { describe, expect, it } from 'vitest';
import type { SimulationGroup } from '../policies-api';
import { chartHeight, comparisonOption, topGroups } from './comparison-option';

const group = (label: string, current: [number, number], draft: [number, number], likely: [number, number] = [0, 0]): SimulationGroup => ({
  key: label,
  label,
  current: { eligible: current[0], likely: likely[0], amount: current[1] },
  draft: { eligible: draft[0], likely: likely[1], amount: draft[1] },
});

const groups = [
  group('张江镇', [10, 1_000_000], [12, 1_500_000]),
  group('唐镇', [3, 300_000], [0, 0]),
  group('川沙新镇', [0, 0], [0, 0]),
  group('康桥镇', [5, 900_000], [6, 400_000]),
  group('北蔡镇', [5, 200_000], [5, 200_000]),
];

describe('topGroups', () => {
  it('ranks by likely enterprises too, where nobody is eligible', () => {
    const likely = [group('唐镇', [0, 0], [0, 0], [4, 1]), group('张江镇', [0, 0], [0, 0], [2, 9]), group('川沙新镇', [0, 0], [0, 0])];
    expect(topGroups(likely, 'likely', 5).map((g) => g.label)).toEqual(['张江镇', '唐镇']);
  });

  it.each([
    ['eligible', 10, ['张江镇', '康桥镇', '北蔡镇', '唐镇']],
    ['amount', 10, ['张江镇', '康桥镇', '唐镇', '北蔡镇']],
    ['eligible', 2, ['张江镇', '康桥镇']],
  ] as const)('by %s, at most %d → %j', (metric, limit, expected) => {
    expect(topGroups(groups, metric, limit).map((g) => g.label)).toEqual(expected);
  });
});

describe('comparisonOption', () => {
  const option = comparisonOption(groups, 'eligible', { current: '现行', draft: '草稿' }, (v) => `${v} 家`);

  it('puts the largest group on top and both sides in the same order', () => {
    expect(option.yAxis).toMatchObject({ data: ['唐镇', '北蔡镇', '康桥镇', '张江镇'] });
    const [current, draft] = option.series as { name: string; data: number[] }[];
    expect(current).toMatchObject({ name: '现行', data: [3, 5, 5, 10] });
    expect(draft).toMatchObject({ name: '草稿', data: [0, 5, 6, 12] });
  });

  it('formats values on the axis', () => {
    const axis = option.xAxis as { axisLabel: { formatter: (v: number) => string } };
    expect(axis.axisLabel.formatter(12)).toBe('12 家');
  });
});

describe('chartHeight', () => {
  it.each([
    [0, 180],
    [4, 196],
    [12, 468],
    [40, 520],
  ])('%d groups → %d px', (count, height) => {
    expect(chartHeight(count)).toBe(height);
  });
});
