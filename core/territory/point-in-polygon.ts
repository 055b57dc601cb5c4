/**
 * 点面关系 — the exact point-in-polygon test every territory answer rests on. Crossing number with the half-open
 * rule (an edge counts when one end is strictly above the point's latitude and the other is not), applied to all
 * rings of a feature at once: even–odd handles holes and MultiPolygon parts alike. Before parity is trusted, any
 * edge within `epsilon` degrees of the point makes the answer "boundary", so the degenerate cases of the crossing
 * rule (a point on a vertex or a horizontal edge) never decide anything.
 */
import type { MultiPolygonGeometry, PolygonGeometry, Position } from './geojson';

/** 点位关系 — a point strictly inside, strictly outside, or on the boundary of a polygon. */
export type PointLocation = 'inside' | 'outside' | 'boundary';

/** Distance (degrees) within which a point counts as lying on an edge: ≈ 0.1 mm on the ground. */
export const BOUNDARY_EPSILON_DEG = 1e-9;

/** Where (lon, lat) lies relative to a Polygon or MultiPolygon; no index, for single checks and as the oracle. */
export function locatePointInPolygon(
  geometry: PolygonGeometry | MultiPolygonGeometry,
  lon: number,
  lat: number,
  epsilon = BOUNDARY_EPSILON_DEG,
): PointLocation {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let inside = false;
  for (const rings of polygons) {
    for (const ring of rings) {
      const result = walkRing(ring, lon, lat, epsilon);
      if (result === BOUNDARY) return 'boundary';
      if (result === CROSSED_ODD) inside = !inside;
    }
  }
  return inside ? 'inside' : 'outside';
}

const CROSSED_EVEN = 0;
const CROSSED_ODD = 1;
const BOUNDARY = 2;

function walkRing(ring: readonly Position[], x: number, y: number, epsilon: number): number {
  let odd = false;
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    const x1 = a[0]!;
    const y1 = a[1]!;
    const x2 = b[0]!;
    const y2 = b[1]!;
    if (isNearSegment(x, y, x1, y1, x2, y2, epsilon)) return BOUNDARY;
    if (isCrossingEastRay(x, y, x1, y1, x2, y2)) odd = !odd;
  }
  return odd ? CROSSED_ODD : CROSSED_EVEN;
}

/** True when the eastward ray from (x, y) crosses the edge under the half-open rule. */
export function isCrossingEastRay(x: number, y: number, x1: number, y1: number, x2: number, y2: number): boolean {
  return y1 > y !== y2 > y && x < x1 + ((y - y1) * (x2 - x1)) / (y2 - y1);
}

/** True when (x, y) is within `epsilon` of the segment (x1, y1)–(x2, y2), in plain degree space. */
export function isNearSegment(
  x: number,
  y: number,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  epsilon: number,
): boolean {
  // Cheap rejection first: almost every edge is far from the point in one axis.
  if (x < (x1 < x2 ? x1 : x2) - epsilon || x > (x1 > x2 ? x1 : x2) + epsilon) return false;
  if (y < (y1 < y2 ? y1 : y2) - epsilon || y > (y1 > y2 ? y1 : y2) + epsilon) return false;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const lengthSquared = dx * dx + dy * dy;
  let t = lengthSquared === 0 ? 0 : ((x - x1) * dx + (y - y1) * dy) / lengthSquared;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = x1 + t * dx - x;
  const ey = y1 + t * dy - y;
  return ex * ex + ey * ey <= epsilon * epsilon;
}
