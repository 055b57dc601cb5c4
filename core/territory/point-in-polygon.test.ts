import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MultiPolygonGeometry, PolygonGeometry } from './geojson';
import { locatePointInPolygon, type PointLocation } from './point-in-polygon';
import { readGeoJson } from './testdata/load-layers';

const squareWithHole: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [
    [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
    [[3, 3], [3, 7], [7, 7], [7, 3], [3, 3]],
  ],
};
const twoSquares: MultiPolygonGeometry = {
  type: 'MultiPolygon',
  coordinates: [
    [[[20, 0], [22, 0], [22, 2], [20, 2], [20, 0]]],
    [[[30, 0], [32, 0], [32, 2], [30, 2], [30, 0]]],
  ],
};
// A vertex at (4, 2) lies exactly on the eastward ray of points with latitude 2: the half-open rule must count once.
const triangle: PolygonGeometry = { type: 'Polygon', coordinates: [[[0, 0], [4, 2], [0, 4], [0, 0]]] };

describe('locatePointInPolygon', () => {
  it.each<[string, PolygonGeometry | MultiPolygonGeometry, number, number, PointLocation]>([
    ['inside the ring', squareWithHole, 5, 1, 'inside'],
    ['inside the hole', squareWithHole, 5, 5, 'outside'],
    ['west of everything', squareWithHole, -1, 5, 'outside'],
    ['on the west edge', squareWithHole, 0, 5, 'boundary'],
    ['on a corner', squareWithHole, 10, 10, 'boundary'],
    ['on the horizontal top edge', squareWithHole, 5, 10, 'boundary'],
    ['on the horizontal bottom edge', squareWithHole, 5, 0, 'boundary'],
    ['on the hole edge', squareWithHole, 3, 5, 'boundary'],
    ['on a hole corner', squareWithHole, 7, 7, 'boundary'],
    ['1e-10° off the edge (within epsilon)', squareWithHole, 5, 10 + 1e-10, 'boundary'],
    ['1e-8° off the edge (beyond epsilon)', squareWithHole, 5, 10 + 1e-8, 'outside'],
    ['1e-8° inside the edge', squareWithHole, 5, 10 - 1e-8, 'inside'],
    ['in the first part of a MultiPolygon', twoSquares, 21, 1, 'inside'],
    ['in the second part of a MultiPolygon', twoSquares, 31, 1.5, 'inside'],
    ['between the parts', twoSquares, 25, 1, 'outside'],
    ['on the corner of the second part', twoSquares, 32, 2, 'boundary'],
    ['ray through a vertex, point inside', triangle, 1, 2, 'inside'],
    ['ray through a vertex, point west of the polygon', triangle, -1, 2, 'outside'],
    ['east of the vertex on the same latitude', triangle, 5, 2, 'outside'],
    ['on the vertex the ray passes through', triangle, 4, 2, 'boundary'],
  ])('%s', (_, geometry, x, y, expected) => {
    expect(locatePointInPolygon(geometry, x, y)).toBe(expected);
  });

  it('treats an unclosed ring as closed', () => {
    const open: PolygonGeometry = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10]]] };
    expect(locatePointInPolygon(open, 5, 5)).toBe('inside');
    expect(locatePointInPolygon(open, 0, 5)).toBe('boundary');
  });

  it('agrees with turf on random points around the demo towns', () => {
    const towns = readGeoJson<PolygonGeometry>('towns.geojson').features;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: towns.length - 1 }),
        fc.double({ min: 121.45, max: 121.85, noNaN: true }),
        fc.double({ min: 31.0, max: 31.32, noNaN: true }),
        (t, lon, lat) => {
          const town = towns[t]!;
          const ours = locatePointInPolygon(town.geometry!, lon, lat);
          const turf = booleanPointInPolygon([lon, lat], town as never);
          expect(ours === 'inside' || ours === 'boundary').toBe(turf);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
