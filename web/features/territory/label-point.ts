/**
 * 标注点 — where a polygon's name goes: its pole of inaccessibility (the interior point farthest from every edge,
 * found by the quad-tree search of Mapbox's "polylabel"), so a label sits inside even a C-shaped or thin polygon,
 * where the centroid may fall outside. Computed once per feature on the whole polygon: MapLibre would place one
 * label per tile piece, duplicating names across tile seams.
 */
import type { Geometry, MapFeature, MapFeatureCollection } from './territory-api';

type Ring = number[][];
type Polygon = Ring[];

/** The label position of a polygonal geometry (its largest part for a MultiPolygon); undefined for others. */
export function findLabelPoint(geometry: Geometry): [number, number] | undefined {
  if (geometry.type === 'Point') return [geometry.coordinates[0]!, geometry.coordinates[1]!];
  const polygons: Polygon[] =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const largest = polygons
    .filter((polygon) => (polygon[0]?.length ?? 0) >= 4)
    .reduce<Polygon | undefined>((best, polygon) => (!best || ringArea(polygon[0]!) > ringArea(best[0]!) ? polygon : best), undefined);
  return largest ? findPoleOfInaccessibility(largest) : undefined;
}

/** One point feature per labelled polygon, with the polygon's properties, for a symbol layer. */
export function listLabelPoints(collection: MapFeatureCollection): MapFeatureCollection {
  const features: MapFeature[] = [];
  for (const feature of collection.features) {
    const point = findLabelPoint(feature.geometry);
    if (point) features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: point }, properties: feature.properties });
  }
  return { type: 'FeatureCollection', features };
}

interface Cell {
  x: number;
  y: number;
  half: number;
  /** Signed distance from the cell centre to the polygon outline (negative outside). */
  distance: number;
  /** The best distance any point of the cell could have. */
  potential: number;
}

function findPoleOfInaccessibility(polygon: Polygon): [number, number] {
  const outer = polygon[0]!;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x = 0, y = 0] of outer) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const width = maxX - minX;
  const height = maxY - minY;
  const cellSize = Math.min(width, height);
  if (cellSize === 0) return [minX, minY];
  // Stop refining once the answer cannot improve by more than ~1/1000 of the polygon's size.
  const precision = Math.max(width, height) / 1000;

  const makeCell = (x: number, y: number, half: number): Cell => {
    const distance = signedDistance(x, y, polygon);
    return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
  };
  const queue: Cell[] = [];
  for (let x = minX; x < maxX; x += cellSize) {
    for (let y = minY; y < maxY; y += cellSize) queue.push(makeCell(x + cellSize / 2, y + cellSize / 2, cellSize / 2));
  }
  let best = makeCell(...centroidOf(outer), 0);
  const boxCentre = makeCell(minX + width / 2, minY + height / 2, 0);
  if (boxCentre.distance > best.distance) best = boxCentre;

  while (queue.length > 0) {
    // The queue stays small (tens of cells), so taking the most promising cell by scan is cheap enough.
    let top = 0;
    for (let i = 1; i < queue.length; i++) if (queue[i]!.potential > queue[top]!.potential) top = i;
    const cell = queue.splice(top, 1)[0]!;
    if (cell.distance > best.distance) best = cell;
    if (cell.potential - best.distance <= precision) continue;
    const half = cell.half / 2;
    queue.push(
      makeCell(cell.x - half, cell.y - half, half),
      makeCell(cell.x + half, cell.y - half, half),
      makeCell(cell.x - half, cell.y + half, half),
      makeCell(cell.x + half, cell.y + half, half),
    );
  }
  return [best.x, best.y];
}

function signedDistance(x: number, y: number, polygon: Polygon): number {
  let isInside = false;
  let minSquared = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax = 0, ay = 0] = ring[i]!;
      const [bx = 0, by = 0] = ring[j]!;
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) isInside = !isInside;
      minSquared = Math.min(minSquared, segmentDistanceSquared(x, y, ax, ay, bx, by));
    }
  }
  return (isInside ? 1 : -1) * Math.sqrt(minSquared);
}

function segmentDistanceSquared(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  let x = ax;
  let y = ay;
  const dx = bx - ax;
  const dy = by - ay;
  if (dx !== 0 || dy !== 0) {
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    x = ax + dx * t;
    y = ay + dy * t;
  }
  return (px - x) ** 2 + (py - y) ** 2;
}

function ringArea(ring: Ring): number {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    twice += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return Math.abs(twice / 2);
}

function centroidOf(ring: Ring): [number, number] {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax = 0, ay = 0] = ring[i]!;
    const [bx = 0, by = 0] = ring[j]!;
    const cross = ax * by - bx * ay;
    x += (ax + bx) * cross;
    y += (ay + by) * cross;
    area += cross * 3;
  }
  return area === 0 ? [ring[0]![0]!, ring[0]![1]!] : [x / area, y / area];
}
