/**
 * 环校验 — a polygon ring fit for the resolver: enough positions, closed, three distinct corners, an area, and edges
 * that do not cross each other. The self-intersection test sweeps edges sorted by their west end, so a ring of n
 * edges costs about n log n plus its near pairs, not n².
 */
import type { Position } from '../../../../core/territory';

/** The problems of one ring, as reasons; empty when the ring is fine. */
export function listRingProblems(ring: unknown): string[] {
  if (!Array.isArray(ring)) return ['is not an array of positions'];
  const bad = ring.findIndex((p) => !isPosition(p));
  if (bad >= 0) return [`position ${bad} is not [lon, lat] with finite numbers`];
  const positions = ring as Position[];
  if (positions.length < 4) return [`has ${positions.length} positions; a closed ring needs at least 4`];
  const problems: string[] = [];
  const first = positions[0]!;
  const last = positions[positions.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) problems.push('is not closed: its last position differs from its first');
  const distinct = new Set(positions.map((p) => `${p[0]},${p[1]}`));
  if (distinct.size < 3) return [...problems, 'has fewer than 3 distinct positions'];
  if (ringArea(positions) === 0) problems.push('encloses no area');
  const crossing = findSelfIntersection(positions);
  if (crossing !== null) problems.push(`crosses itself (edges ${crossing[0]} and ${crossing[1]})`);
  return problems;
}

function isPosition(value: unknown): value is Position {
  return Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
}

/** Shoelace area in square degrees (sign = orientation). */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    sum += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return sum / 2;
}

/** The first pair of non-adjacent edges that touch or cross, or null. Edge i runs from position i to i + 1. */
function findSelfIntersection(ring: readonly Position[]): [number, number] | null {
  const closed = ring[0]![0] === ring[ring.length - 1]![0] && ring[0]![1] === ring[ring.length - 1]![1];
  const points = closed ? ring.slice(0, -1) : ring;
  const n = points.length;
  const edges = Array.from({ length: n }, (_, i) => i).filter((i) => {
    const a = points[i]!;
    const b = points[(i + 1) % n]!;
    return a[0] !== b[0] || a[1] !== b[1];
  });
  const minX = (i: number) => Math.min(points[i]![0]!, points[(i + 1) % n]![0]!);
  const maxX = (i: number) => Math.max(points[i]![0]!, points[(i + 1) % n]![0]!);
  edges.sort((a, b) => minX(a) - minX(b));
  for (let s = 0; s < edges.length; s++) {
    const i = edges[s]!;
    const reach = maxX(i);
    for (let t = s + 1; t < edges.length && minX(edges[t]!) <= reach; t++) {
      const j = edges[t]!;
      if (areAdjacent(i, j, n)) continue;
      if (doSegmentsTouch(points[i]!, points[(i + 1) % n]!, points[j]!, points[(j + 1) % n]!)) return i < j ? [i, j] : [j, i];
    }
  }
  return null;
}

function areAdjacent(i: number, j: number, n: number): boolean {
  return Math.abs(i - j) === 1 || Math.abs(i - j) === n - 1;
}

function orientation(a: Position, b: Position, c: Position): number {
  const value = (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}

function isOnSegment(a: Position, b: Position, p: Position): boolean {
  return Math.min(a[0]!, b[0]!) <= p[0]! && p[0]! <= Math.max(a[0]!, b[0]!) && Math.min(a[1]!, b[1]!) <= p[1]! && p[1]! <= Math.max(a[1]!, b[1]!);
}

function doSegmentsTouch(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (o1 === 0 && isOnSegment(a, b, c)) || (o2 === 0 && isOnSegment(a, b, d)) || (o3 === 0 && isOnSegment(c, d, a)) || (o4 === 0 && isOnSegment(c, d, b));
}
