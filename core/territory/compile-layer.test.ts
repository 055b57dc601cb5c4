import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { compileLayer } from './compile-layer';
import type { Feature, FeatureCollection } from './geojson';

const square = (x: number): number[][][] => [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]];
const feature = (id: unknown, geometry: unknown, properties: Record<string, unknown> = {}): Feature =>
  ({ type: 'Feature', geometry, properties: { id, ...properties } }) as Feature;
const collection = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

function compileError(layer: FeatureCollection): AppError {
  try {
    compileLayer('towns', layer);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected TERRITORY_LAYER_INVALID');
}

describe('compileLayer', () => {
  it('orders features by id (code-unit order) and keeps names', () => {
    const layer = compileLayer(
      'bodies',
      collection(
        feature('zhangjiang', { type: 'Polygon', coordinates: square(0) }, { name: '张江' }),
        feature('expo', { type: 'Polygon', coordinates: square(2) }, { name: '世博' }),
        feature('chuansha', { type: 'MultiPolygon', coordinates: [square(4), square(6)] }),
      ),
    );
    expect(layer.features.map((f) => [f.id, f.name])).toEqual([
      ['chuansha', 'chuansha'],
      ['expo', '世博'],
      ['zhangjiang', '张江'],
    ]);
    // 4 edges per closed square; the repeated closing position adds none.
    expect(layer.edgeFeature.length).toBe(16);
    expect([...layer.edgeFeature]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
    expect(layer.edges.length).toBe(64);
  });

  it('reads the id from feature.id before properties.id, and numbers as strings', () => {
    const withTopId = { ...feature('ignored', { type: 'Polygon', coordinates: square(0) }), id: 310115125 } as Feature;
    expect(compileLayer('towns', collection(withTopId)).features[0]!.id).toBe('310115125');
  });

  it('closes an unclosed ring', () => {
    const open = feature('a', { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] });
    expect(compileLayer('towns', collection(open)).edgeFeature.length).toBe(4);
  });

  it.each<[string, FeatureCollection, string, RegExp]>([
    ['not a collection', { type: 'Feature' } as unknown as FeatureCollection, '-', /FeatureCollection/],
    ['a feature without id', collection(feature(undefined, { type: 'Polygon', coordinates: square(0) })), '#0', /missing id/],
    ['an empty id', collection(feature('', { type: 'Polygon', coordinates: square(0) })), '#0', /missing id/],
    [
      'a duplicate id',
      collection(feature('a', { type: 'Polygon', coordinates: square(0) }), feature('a', { type: 'Polygon', coordinates: square(2) })),
      'a',
      /duplicate/,
    ],
    ['a point geometry', collection(feature('p', { type: 'Point', coordinates: [1, 2] })), 'p', /Polygon or MultiPolygon, not Point/],
    ['a null geometry', collection(feature('n', null)), 'n', /not null/],
    ['a NaN coordinate', collection(feature('x', { type: 'Polygon', coordinates: [[[0, 0], [NaN, 0], [1, 1], [0, 0]]] })), 'x', /position 1/],
    ['a projected coordinate', collection(feature('m', { type: 'Polygon', coordinates: [[[0, 0], [13_500_000, 0], [1, 1], [0, 0]]] })), 'm', /WGS-84/],
    ['a two-corner ring', collection(feature('d', { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [0, 0]]] })), 'd', /fewer than 3/],
    ['coordinates that are not rings', collection(feature('r', { type: 'Polygon', coordinates: 5 })), 'r', /no rings/],
  ])('rejects %s naming the feature', (_, layer, featureLabel, reason) => {
    const error = compileError(layer);
    expect(error.code).toBe('TERRITORY_LAYER_INVALID');
    expect(error.details['layer']).toBe('towns');
    expect(error.details['feature']).toBe(featureLabel);
    expect(String(error.details['reason'])).toMatch(reason);
    expect(error.localizedMessage('zh-CN')).toContain('区域图层 towns 无效');
  });
});
