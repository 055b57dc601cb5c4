import { describe, expect, it } from 'vitest';
import { buildLabels, colorBodies, completeNames, featureIdOf, findBounds, pickFeatures, shortenName } from './map-data';
import { bodyPalette } from './map-style';
import type { MapFeature, MapFeatureCollection } from './territory-api';

const square = (x: number, y: number, properties: Record<string, unknown>): MapFeature => ({
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] },
  properties,
});

const collection = (...features: MapFeature[]): MapFeatureCollection => ({ type: 'FeatureCollection', features });

describe('shortenName', () => {
  it.each([
    ['张江科学城（张江科建办/张江管理局）', '张江科学城'],
    ['Zhangjiang Science City office (original area)', 'Zhangjiang Science City office'],
    ['川沙新镇（审批主体）', '川沙新镇'],
    ['张江镇', '张江镇'],
    ['（只有备注）', '（只有备注）'],
  ])('%s → %s', (name, expected) => {
    expect(shortenName(name)).toBe(expected);
  });
});

describe('featureIdOf', () => {
  it.each([
    [{ id: 'zhangjiang', code: null }, undefined, 'zhangjiang'],
    [{ code: '310115125' }, undefined, '310115125'],
    [{}, 7, '7'],
    [null, undefined, undefined],
  ])('%j (feature id %s) → %s', (properties, id, expected) => {
    const feature: MapFeature = { ...square(0, 0, {}), properties, ...(id === undefined ? {} : { id }) };
    expect(featureIdOf(feature)).toBe(expected);
  });
});

describe('colorBodies', () => {
  it('gives each body the palette colour of its position, wrapping around', () => {
    const bodies = collection(...Array.from({ length: bodyPalette.length + 1 }, (_, i) => square(i, 0, { id: `b${i}` })));
    const colors = colorBodies(bodies).features.map((f) => f.properties?.fillColor);
    expect(colors.slice(0, bodyPalette.length)).toEqual(bodyPalette);
    expect(colors.at(-1)).toBe(bodyPalette[0]);
    expect(bodies.features[0]!.properties).not.toHaveProperty('fillColor');
  });
});

describe('buildLabels', () => {
  it('puts a point with short labels in both languages inside each polygon', () => {
    const labels = buildLabels(collection(square(121, 31, { id: 'a', name: '甲镇（示意）', nameEn: 'A Town (demo)' })));
    const [label] = labels.features;
    expect(label!.geometry).toEqual({ type: 'Point', coordinates: [121.5, 31.5] });
    expect(label!.properties).toMatchObject({ id: 'a', label: '甲镇', labelEn: 'A Town' });
  });
});

describe('pickFeatures and findBounds', () => {
  const towns = collection(square(0, 0, { id: '310115125' }), square(2, 3, { id: '310115136' }));

  it('picks features by id and nothing for no ids', () => {
    expect(pickFeatures(towns, ['310115136']).map(featureIdOf)).toEqual(['310115136']);
    expect(pickFeatures(towns, [])).toEqual([]);
    expect(pickFeatures(undefined, ['310115136'])).toEqual([]);
  });

  it('boxes every coordinate, and nothing when there is nothing', () => {
    expect(findBounds([towns, undefined])).toEqual([0, 0, 3, 4]);
    expect(findBounds([collection()])).toBeUndefined();
  });
});

describe('completeNames', () => {
  const communities = collection(square(0, 0, { id: 'community-04', name: '张江药谷', nameEn: 'Zhangjiang Pharma Valley' }));
  type Ref = { id?: string; code?: string; name: string; nameEn?: string };

  it.each<[string, Ref, string | undefined]>([
    ['takes the English name from the layer', { id: 'community-04', name: '张江药谷' }, 'Zhangjiang Pharma Valley'],
    ['keeps an English name the answer gave', { id: 'community-04', name: '张江药谷', nameEn: 'Pharma Valley' }, 'Pharma Valley'],
    ['leaves an unknown id alone', { id: 'community-99', name: '某社区' }, undefined],
    ['matches towns by code', { code: 'community-04', name: '张江药谷' }, 'Zhangjiang Pharma Valley'],
  ])('%s', (_, ref, expected) => {
    expect(completeNames(ref, communities).nameEn).toBe(expected);
  });

  it('answers the ref itself without a layer', () => {
    const ref = { id: 'x', name: '甲' };
    expect(completeNames(ref, undefined)).toBe(ref);
  });
});
