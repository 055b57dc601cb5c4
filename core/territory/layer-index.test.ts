import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompiledLayer, compileLayer } from './compile-layer';
import type { Feature, FeatureCollection } from './geojson';
import { buildLayerIndex, type LayerIndex } from './layer-index';
import { locatePointInPolygon } from './point-in-polygon';
import { loadZhangjiangLayers } from './testdata/load-layers';
import { TERRITORY_LAYER_NAMES } from './territory-layers';

/** What the index must answer, computed the slow way: every feature through the exact test. */
function locateByOracle(layer: CompiledLayer, x: number, y: number): number {
  let best = -1;
  let onBorder = false;
  layer.features.forEach((feature, index) => {
    const where = locatePointInPolygon(feature.geometry, x, y);
    if (where === 'boundary') onBorder = true;
    if (where !== 'outside' && best < 0) best = index;
  });
  return best < 0 ? -1 : best * 2 + (onBorder ? 1 : 0);
}

function listVerticesAndMidpoints(layer: CompiledLayer): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i < layer.edges.length; i += 4) {
    const [x1, y1, x2, y2] = [layer.edges[i]!, layer.edges[i + 1]!, layer.edges[i + 2]!, layer.edges[i + 3]!];
    points.push([x1, y1], [(x1 + x2) / 2, (y1 + y2) / 2]);
  }
  return points;
}

const zone = loadZhangjiangLayers();
const zoneLayers = TERRITORY_LAYER_NAMES.map((name) => [name, compileLayer(name, zone[name])] as const);

describe.each(zoneLayers)('index of the %s layer', (_, layer) => {
  const index = buildLayerIndex(layer);
  // Cover the layer and a margin around it, so outside answers are exercised too.
  const xs = Array.from(layer.edges.filter((_, i) => i % 2 === 0));
  const ys = Array.from(layer.edges.filter((_, i) => i % 2 === 1));
  const [minX, maxX, minY, maxY] = [Math.min(...xs) - 0.02, Math.max(...xs) + 0.02, Math.min(...ys) - 0.02, Math.max(...ys) + 0.02];

  it('answers like the exact test at random points', () => {
    fc.assert(
      fc.property(fc.double({ min: minX, max: maxX, noNaN: true }), fc.double({ min: minY, max: maxY, noNaN: true }), (x, y) => {
        expect(index.locate(x, y)).toBe(locateByOracle(layer, x, y));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers like the exact test on a 120 × 120 sweep', () => {
    let compared = 0;
    for (let i = 0; i < 120; i++) {
      for (let j = 0; j < 120; j++) {
        const x = minX + ((i + 0.37) / 120) * (maxX - minX);
        const y = minY + ((j + 0.61) / 120) * (maxY - minY);
        expect(index.locate(x, y)).toBe(locateByOracle(layer, x, y));
        compared++;
      }
    }
    expect(compared).toBe(14400);
  });

  it('flags every vertex and edge midpoint as on the border, resolving to the lowest index', () => {
    for (const [x, y] of listVerticesAndMidpoints(layer)) {
      const found = index.locate(x, y);
      expect(found & 1).toBe(1);
      expect(found).toBe(locateByOracle(layer, x, y));
    }
  });
});

describe('buildLayerIndex on synthetic layers', () => {
  const square = (x0: number, y0: number, size: number): number[][] => [
    [x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0],
  ];
  const layerOf = (...features: [string, unknown][]): CompiledLayer =>
    compileLayer('test', {
      type: 'FeatureCollection',
      features: features.map(([id, coordinates]) => ({
        type: 'Feature',
        properties: { id },
        geometry: { type: Array.isArray((coordinates as unknown[][][])[0]![0]![0]) ? 'MultiPolygon' : 'Polygon', coordinates },
      })) as Feature[],
    } as FeatureCollection);

  // a: a ring with a hole; b: an enclave filling part of the hole; c: overlaps a; d: a MultiPolygon.
  const layer = layerOf(
    ['a', [square(0, 0, 10), square(3, 3, 4).reverse()]],
    ['b', [square(4, 4, 2)]],
    ['c', [square(8, 8, 4)]],
    ['d', [[square(20, 0, 1)], [square(22, 0, 1)]]],
  );

  it.each<[string, LayerIndex]>([
    ['a fine grid', buildLayerIndex(layer, { maxCells: 1 << 16 })],
    ['a 4-cell grid (almost every lookup exact)', buildLayerIndex(layer, { maxCells: 4 })],
    ['a single cell', buildLayerIndex(layer, { maxCells: 1 })],
  ])('answers holes, enclaves, overlaps and parts on %s', (_, index) => {
    const cases: [number, number, string | null, boolean][] = [
      [1, 1, 'a', false],
      [3.5, 3.5, null, false], // in a's hole, outside b
      [5, 5, 'b', false], // the enclave
      [4, 5, 'b', true], // on b's edge
      [3, 5, 'a', true], // on the hole's edge
      [9, 9, 'a', false], // inside both a and c (they overlap): the lowest id, and no edge here
      [11, 11, 'c', false],
      [10, 9, 'a', true], // on a's east edge, inside c
      [20.5, 0.5, 'd', false],
      [21.5, 0.5, null, false],
      [22.5, 0.5, 'd', false],
      [23, 1, 'd', true],
      [-5, -5, null, false],
      [NaN, 1, null, false],
    ];
    for (const [x, y, id, onBorder] of cases) {
      const found = index.locate(x, y);
      const expected = id === null ? -1 : layer.features.findIndex((f) => f.id === id) * 2 + (onBorder ? 1 : 0);
      expect({ x, y, found }).toEqual({ x, y, found: expected });
    }
  });

  it('lists every feature that holds or touches a point', () => {
    const index = buildLayerIndex(layer);
    const ids = (x: number, y: number) => index.listCandidates(x, y).map((i) => layer.features[i]!.id);
    expect(ids(9, 9)).toEqual(['a', 'c']);
    expect(ids(10, 10)).toEqual(['a', 'c']);
    expect(ids(4, 5)).toEqual(['b']); // on b's edge, in a's hole
    expect(ids(3, 5)).toEqual(['a']);
    expect(ids(15, 15)).toEqual([]);
  });

  it('answers nothing for an empty layer', () => {
    const index = buildLayerIndex(compileLayer('empty', { type: 'FeatureCollection', features: [] }));
    expect(index.locate(121.6, 31.2)).toBe(-1);
    expect(index.listCandidates(121.6, 31.2)).toEqual([]);
  });
});
