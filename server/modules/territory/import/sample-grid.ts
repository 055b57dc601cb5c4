/**
 * 网格采样 — the tools of the sampling checks: one spatial index per feature (so "inside which features" is a few
 * array reads per point, even for official boundaries with thousands of vertices), a regular grid sized to a
 * sample budget, and point-to-boundary distances in metres.
 */
import { buildLayerIndex, compileLayer, type FeatureCollection, type Position } from '../../../../core/territory';
import { METERS_PER_DEGREE_LAT, metersPerDegreeLon } from './import-report';

/** 采样要素 — a feature with its own index. */
export interface IndexedFeature {
  readonly id: string;
  readonly index: number;
  readonly box: Box;
  /** Strictly inside (a point on the edge is neither in nor out). */
  contains(x: number, y: number): boolean;
  /** On the edge, within the resolver's epsilon. */
  touches(x: number, y: number): boolean;
  /** Every ring edge as packed (x1, y1, x2, y2). */
  readonly edges: Float64Array;
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface GeometryFeature {
  readonly id: string;
  readonly index: number;
  readonly geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

export function indexFeatures(layer: string, features: readonly GeometryFeature[]): IndexedFeature[] {
  return features.map((feature) => {
    const collection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: feature.id, properties: {}, geometry: feature.geometry }],
    } as FeatureCollection;
    const compiled = compileLayer(layer, collection);
    const index = buildLayerIndex(compiled, { maxCells: 1 << 14 });
    return {
      id: feature.id,
      index: feature.index,
      box: boxOfEdges(compiled.edges),
      edges: compiled.edges,
      contains: (x, y) => {
        const found = index.locate(x, y);
        return found >= 0 && (found & 1) === 0;
      },
      touches: (x, y) => {
        const found = index.locate(x, y);
        return found >= 0 && (found & 1) === 1;
      },
    };
  });
}

/** 采样网格 — cell centres of a regular grid over `box`, at most about `maxSamples` of them. */
export interface SampleGrid {
  readonly stepDeg: number;
  readonly cellSquareMeters: number;
  readonly stepMeters: number;
  forEach(visit: (x: number, y: number) => void): void;
}

export function createSampleGrid(box: Box, maxSamples: number): SampleGrid {
  const width = Math.max(box.maxX - box.minX, 1e-9);
  const height = Math.max(box.maxY - box.minY, 1e-9);
  const step = Math.sqrt((width * height) / maxSamples);
  const nx = Math.max(1, Math.ceil(width / step));
  const ny = Math.max(1, Math.ceil(height / step));
  const midLat = (box.minY + box.maxY) / 2;
  return {
    stepDeg: step,
    stepMeters: step * METERS_PER_DEGREE_LAT,
    cellSquareMeters: step * metersPerDegreeLon(midLat) * step * METERS_PER_DEGREE_LAT,
    forEach(visit) {
      for (let j = 0; j < ny; j++) {
        const y = box.minY + (j + 0.5) * step;
        for (let i = 0; i < nx; i++) visit(box.minX + (i + 0.5) * step, y);
      }
    },
  };
}

export function unionBox(boxes: readonly Box[]): Box {
  return boxes.reduce(
    (u, b) => ({ minX: Math.min(u.minX, b.minX), minY: Math.min(u.minY, b.minY), maxX: Math.max(u.maxX, b.maxX), maxY: Math.max(u.maxY, b.maxY) }),
    { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity },
  );
}

export function isInBox(box: Box, x: number, y: number): boolean {
  return x >= box.minX && x <= box.maxX && y >= box.minY && y <= box.maxY;
}

/** Distance in metres from (x, y) to the nearest of the packed edges. */
export function distanceToEdgesMeters(edges: Float64Array, x: number, y: number): number {
  const kx = metersPerDegreeLon(y);
  const ky = METERS_PER_DEGREE_LAT;
  let best = Infinity;
  for (let e = 0; e < edges.length; e += 4) {
    const ax = (edges[e]! - x) * kx;
    const ay = (edges[e + 1]! - y) * ky;
    const bx = (edges[e + 2]! - x) * kx;
    const by = (edges[e + 3]! - y) * ky;
    const dx = bx - ax;
    const dy = by - ay;
    const length2 = dx * dx + dy * dy;
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
    const px = ax + t * dx;
    const py = ay + t * dy;
    best = Math.min(best, px * px + py * py);
  }
  return Math.sqrt(best);
}

/** Every vertex of a Polygon or MultiPolygon. */
export function listVertices(geometry: GeometryFeature['geometry']): Position[] {
  const coordinates = geometry.coordinates as Position[][] | Position[][][];
  return geometry.type === 'Polygon' ? (coordinates as Position[][]).flat() : (coordinates as Position[][][]).flat(2);
}

function boxOfEdges(edges: Float64Array): Box {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (let e = 0; e < edges.length; e += 2) {
    box.minX = Math.min(box.minX, edges[e]!);
    box.maxX = Math.max(box.maxX, edges[e]!);
    box.minY = Math.min(box.minY, edges[e + 1]!);
    box.maxY = Math.max(box.maxY, edges[e + 1]!);
  }
  return box;
}
