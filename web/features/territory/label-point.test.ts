import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locatePointInPolygon, type MultiPolygonGeometry, type PolygonGeometry } from '../../../core/territory';
import { findLabelPoint, listLabelPoints } from './label-point';
import type { Geometry, MapFeatureCollection } from './territory-api';

const square: Geometry = { type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]] };
// A "U" whose centroid and bounding-box centre both fall in the notch, outside the polygon.
const uShape: Geometry = {
  type: 'Polygon',
  coordinates: [[[0, 0], [10, 0], [10, 10], [8, 10], [8, 2], [2, 2], [2, 10], [0, 10], [0, 0]]],
};

describe('findLabelPoint', () => {
  it.each([
    ['the centre of a square', square, [2, 2]],
    ['a point passes through', { type: 'Point', coordinates: [121.6, 31.2] } as Geometry, [121.6, 31.2]],
  ])('%s', (_, geometry, expected) => {
    const [x, y] = findLabelPoint(geometry)!;
    expect(x).toBeCloseTo(expected[0]!, 2);
    expect(y).toBeCloseTo(expected[1]!, 2);
  });

  it('keeps the label inside a U-shaped polygon, in its thickest part', () => {
    const point = findLabelPoint(uShape)!;
    expect(locatePointInPolygon(uShape as PolygonGeometry, point[0], point[1])).toBe('inside');
    expect(point[1]).toBeLessThan(2.5);
  });

  it('labels the largest part of a MultiPolygon', () => {
    const geometry: Geometry = {
      type: 'MultiPolygon',
      coordinates: [[[[20, 20], [21, 20], [21, 21], [20, 21], [20, 20]]], square.coordinates as number[][][]],
    };
    const [x, y] = findLabelPoint(geometry)!;
    expect(x).toBeCloseTo(2, 2);
    expect(y).toBeCloseTo(2, 2);
  });

  it('has nothing to say about lines or empty polygons', () => {
    expect(findLabelPoint({ type: 'LineString', coordinates: [[0, 0], [1, 1]] })).toBeUndefined();
    expect(findLabelPoint({ type: 'Polygon', coordinates: [] })).toBeUndefined();
  });
});

describe('listLabelPoints over the zone pack', () => {
  it.each(['towns', 'bodies', 'communities', 'zones', 'zone-original', 'zone-expanded'])(
    '%s: every label lies inside its own polygon',
    (file) => {
      const url = new URL(`../../../zones/zhangjiang/geo/${file}.geojson`, import.meta.url);
      const collection = JSON.parse(readFileSync(url, 'utf8')) as MapFeatureCollection;
      const labels = listLabelPoints(collection);
      expect(labels.features).toHaveLength(collection.features.length);
      labels.features.forEach((label, i) => {
        const [lon, lat] = label.geometry.coordinates as [number, number];
        const polygon = collection.features[i]!.geometry as PolygonGeometry | MultiPolygonGeometry;
        expect(locatePointInPolygon(polygon, lon, lat), String(label.properties?.name)).toBe('inside');
        expect(label.properties).toBe(collection.features[i]!.properties);
      });
    },
  );
});
