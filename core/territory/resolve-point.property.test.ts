import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Feature, PolygonGeometry, Position } from './geojson';
import { locatePointInPolygon } from './point-in-polygon';
import { createResolver } from './resolve-point';
import { loadZhangjiangLayers } from './testdata/load-layers';
import { AREA_BY_CODE, TERRITORY_LAYER_NAMES } from './territory-layers';

const layers = loadZhangjiangLayers();
const resolver = createResolver(layers);
const polygonsOf = (features: readonly Feature[]) => features as readonly Feature<PolygonGeometry>[];
const expanded = polygonsOf(layers.expanded.features)[0]!;
const bodies = polygonsOf(layers.bodies.features);
const towns = polygonsOf(layers.towns.features);

const idOf = (feature: Feature) => String(feature.properties!['id']);
const turfHolds = (feature: Feature<PolygonGeometry>, lon: number, lat: number) =>
  booleanPointInPolygon([lon, lat], feature as never);

function bboxOf(feature: Feature<PolygonGeometry>): [number, number, number, number] {
  const ring = feature.geometry!.coordinates[0]!;
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Metres from (lon, lat) to the nearest edge of the polygon, in a local flat approximation (fine at town scale). */
function distanceToBoundaryMetres(feature: Feature<PolygonGeometry>, lon: number, lat: number): number {
  const kx = Math.cos((lat * Math.PI) / 180) * 111_320;
  const ky = 110_574;
  let best = Infinity;
  for (const ring of feature.geometry!.coordinates) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = [(ring[i]![0]! - lon) * kx, (ring[i]![1]! - lat) * ky];
      const [bx, by] = [(ring[i + 1]![0]! - lon) * kx, (ring[i + 1]![1]! - lat) * ky];
      const [dx, dy] = [bx - ax, by - ay];
      const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

/** A point on edge `e` (modulo the ring's edge count) of a feature's outer ring, at fraction t along it. */
function pointOnEdge(feature: Feature<PolygonGeometry>, e: number, t: number): [number, number] {
  const ring: readonly Position[] = feature.geometry!.coordinates[0]!;
  const i = e % (ring.length - 1);
  const [a, b] = [ring[i]!, ring[i + 1]!];
  return [a[0]! + t * (b[0]! - a[0]!), a[1]! + t * (b[1]! - a[1]!)];
}

// A fraction in [0, 1] in steps of 1e-6 (≈ 0.1 m here). Not fc.double: it samples the binary representation,
// so most of its values in [0, 1] are vanishingly small.
const unit = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000);
// Rejection sampling (fc.pre) inside a polygon's bounding box discards the points outside the polygon, and
// fast-check favours the box's corners, so these properties allow more skips than the default.

describe('properties over the demo zone', () => {
  it('every point inside the expanded area has exactly one body, and the resolver names it', () => {
    const [minX, minY, maxX, maxY] = bboxOf(expanded);
    fc.assert(
      fc.property(unit, unit, (u, v) => {
        const lon = minX + u * (maxX - minX);
        const lat = minY + v * (maxY - minY);
        fc.pre(turfHolds(expanded, lon, lat));
        const holders = bodies.filter((body) => turfHolds(body, lon, lat));
        expect(holders.map(idOf)).toHaveLength(1);
        const answer = resolver.resolve(lon, lat);
        expect(answer.inZone).toBe(true);
        expect(answer.body?.id).toBe(idOf(holders[0]!));
        // The body's declared area and the answered area agree (张江 = the original area).
        expect(holders[0]!.properties!['area']).toBe(answer.area);
      }),
      { numRuns: 1000, maxSkipsPerRun: 1000 },
    );
  });

  it('a point more than 50 m inside a town polygon resolves to that town', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: towns.length - 1 }), unit, unit, (t, u, v) => {
        const town = towns[t]!;
        const [minX, minY, maxX, maxY] = bboxOf(town);
        const lon = minX + u * (maxX - minX);
        const lat = minY + v * (maxY - minY);
        fc.pre(turfHolds(town, lon, lat) && distanceToBoundaryMetres(town, lon, lat) > 50);
        const answer = resolver.resolve(lon, lat);
        expect(answer.town?.code).toBe(town.properties!['code']);
        expect(answer.onBorder).not.toContain('towns');
      }),
      { numRuns: 1000, maxSkipsPerRun: 1000 },
    );
  });

  it('a point on a town edge resolves to the lowest code touching it, flags the border, and repeats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: towns.length - 1 }), fc.nat(), unit, (t, e, f) => {
        const [lon, lat] = pointOnEdge(towns[t]!, e, f);
        const touching = towns
          .filter((town) => locatePointInPolygon(town.geometry!, lon, lat) !== 'outside')
          .map((town) => String(town.properties!['code']))
          .sort();
        const answer = resolver.resolve(lon, lat);
        expect(touching).toContain(towns[t]!.properties!['code']);
        expect(answer.town?.code).toBe(touching[0]);
        expect(answer.onBorder).toContain('towns');
        expect(resolver.resolve(lon, lat)).toEqual(answer);
      }),
      { numRuns: 1000 },
    );
  });

  it('a point on a body edge is in the zone, flags the border, and takes the lowest-id body of the area answered', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bodies.length - 1 }), fc.nat(), unit, (b, e, f) => {
        const [lon, lat] = pointOnEdge(bodies[b]!, e, f);
        const answer = resolver.resolve(lon, lat);
        expect(answer.inZone).toBe(true);
        expect(answer.onBorder).toContain('bodies');
        // Tie-break: among the bodies touching the point, those of the answered area, then the lowest id.
        const touching = bodies.filter((candidate) => locatePointInPolygon(candidate.geometry!, lon, lat) !== 'outside');
        const ofArea = touching.filter((candidate) => candidate.properties!['area'] === answer.area).map(idOf).sort();
        expect(touching.map(idOf)).toContain(idOf(bodies[b]!));
        expect(answer.body?.id).toBe(ofArea[0]);
        expect(resolver.resolve(lon, lat)).toEqual(answer);
      }),
      { numRuns: 1000 },
    );
  });

  it('the combined answer grid changes no answer: same as the per-layer path alone, on borders too', () => {
    const exactOnly = createResolver(layers, { maxAnswerCells: 0 });
    const coarse = createResolver(layers, { maxAnswerCells: 64, maxCells: 64 });
    const anywhere = fc.tuple(
      unit.map((u) => 121.45 + u * 0.4),
      unit.map((v) => 31.0 + v * 0.32),
    );
    const onTownEdge = fc
      .tuple(fc.integer({ min: 0, max: towns.length - 1 }), fc.nat(), unit)
      .map(([t, e, f]) => pointOnEdge(towns[t]!, e, f));
    fc.assert(
      fc.property(fc.oneof(anywhere, onTownEdge), ([lon, lat]) => {
        const answer = resolver.resolve(lon, lat);
        expect(exactOnly.resolve(lon, lat)).toEqual(answer);
        expect(coarse.resolve(lon, lat)).toEqual(answer);
      }),
      { numRuns: 3000 },
    );
  });

  it('the columnar batch and the object answers agree everywhere', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 121.4, max: 121.9, noNaN: true }), fc.double({ min: 30.95, max: 31.35, noNaN: true })), {
          minLength: 1,
          maxLength: 50,
        }),
        (points) => {
          const columns = resolver.resolveColumns(points.map((p) => p[0]), points.map((p) => p[1]));
          points.forEach(([lon, lat], i) => {
            const answer = resolver.resolve(lon, lat);
            expect(resolver.features.towns[columns.town[i]!] ?? null).toEqual(answer.town);
            expect(resolver.features.bodies[columns.body[i]!] ?? null).toEqual(answer.body);
            expect(resolver.features.communities[columns.community[i]!] ?? null).toEqual(answer.community);
            expect(resolver.features.corridors[columns.corridor[i]!] ?? null).toEqual(answer.corridor);
            expect(TERRITORY_LAYER_NAMES.filter((_, bit) => (columns.border[i]! >> bit) & 1)).toEqual(answer.onBorder);
            expect(AREA_BY_CODE[columns.area[i]!]).toBe(answer.area);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
