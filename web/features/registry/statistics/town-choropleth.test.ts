import { describe, expect, it } from 'vitest';
import type { MapFeature, MapFeatureCollection } from '../../territory/territory-api';
import type { StatisticsRow } from '../registry-api';
import { blendOverWhite, buildTownChoropleth, classify, CHOROPLETH_RAMP, colorOf } from './town-choropleth';

const square: MapFeature['geometry'] = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
const town = (code: string): MapFeature => ({ type: 'Feature', geometry: square, properties: { id: code, code, name: code } });
const row = (key: string | null, count: number): StatisticsRow => ({ key, label: key ?? '', count, registeredCapital: count * 10, employees: 0, revenue: 0, tax: 0 });

describe('classify', () => {
  it.each<[string, number[], [number, number][]]>([
    ['nothing to class', [], []],
    ['one value: one class', [7, 7, 7], [[7, 7]]],
    ['two values: two classes', [1, 9], [[1, 1], [9, 9]]],
    ['ten values: five classes of two', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]],
    ['ties never split across classes', [1, 1, 1, 1, 1, 1, 2, 3], [[1, 1], [2, 2], [3, 3]]],
  ])('%s', (_label, values, bounds) => {
    expect(classify(values).map((item) => [item.min, item.max])).toEqual(bounds);
  });

  it('spreads the colours over the ramp, darkest for the most', () => {
    expect(classify([1, 9]).map((item) => item.color)).toEqual([CHOROPLETH_RAMP[0], CHOROPLETH_RAMP[4]]);
    expect(classify([5]).map((item) => item.color)).toEqual([CHOROPLETH_RAMP[4]]);
    expect(classify([1, 2, 3, 4, 5]).map((item) => item.color)).toEqual([...CHOROPLETH_RAMP]);
  });

  it('gives every value the colour of its class', () => {
    const classes = classify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(colorOf(1, classes)).toBe(CHOROPLETH_RAMP[0]);
    expect(colorOf(6, classes)).toBe(CHOROPLETH_RAMP[2]);
    expect(colorOf(10, classes)).toBe(CHOROPLETH_RAMP[4]);
  });
});

describe('buildTownChoropleth', () => {
  const towns: MapFeatureCollection = { type: 'FeatureCollection', features: [town('310115125'), town('310115016'), town('310115105')] };

  it('colours the towns that have a value by the measure asked, matched on the 9-digit code', () => {
    const { data, classes } = buildTownChoropleth(towns, [row('310115125', 900), row('310115016', 100), row(null, 50)], 'registeredCapital');
    expect(data.features.map((feature) => feature.properties?.code)).toEqual(['310115125', '310115016']);
    expect(data.features.map((feature) => feature.properties?.value)).toEqual([9000, 1000]);
    expect(data.features[0]!.properties?.color).toBe(CHOROPLETH_RAMP[4]);
    expect(classes).toHaveLength(2);
  });

  it('draws nothing before the layer has loaded', () => {
    expect(buildTownChoropleth(undefined, [row('310115125', 1)], 'count').data.features).toEqual([]);
  });
});

describe('blendOverWhite', () => {
  it.each([
    ['#000000', 0.35, '#a6a6a6'],
    ['#ffffff', 0.35, '#ffffff'],
    ['#08306b', 1, '#08306b'],
  ])('%s at %d → %s', (color, opacity, expected) => {
    expect(blendOverWhite(color, opacity)).toBe(expected);
  });
});
