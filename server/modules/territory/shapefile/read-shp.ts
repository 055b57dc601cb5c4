/**
 * .shp 读取 — the geometry part of an ESRI Shapefile (the 1998 technical description): a 100-byte header, then
 * records of one shape each. Polygon, PolygonZ and PolygonM are read (Z and M values are ignored); a null shape
 * gives null. Shapefile polygons list their rings flat, outer rings clockwise and holes counter-clockwise; they are
 * regrouped into GeoJSON Polygon / MultiPolygon with each hole under the outer ring that holds it.
 */
import { AppError } from '../../../../core/errors';
import type { Position } from '../../../../core/territory';

const FILE_CODE = 9994;
const SHAPE_NULL = 0;
const POLYGON_TYPES = new Set([5, 15, 25]);
const SHAPE_NAMES: Record<number, string> = { 1: 'Point', 3: 'PolyLine', 8: 'MultiPoint', 11: 'PointZ', 13: 'PolyLineZ', 31: 'MultiPatch' };

export type ShapeGeometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] } | null;

export function readShp(bytes: Uint8Array): ShapeGeometry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 100 || view.getInt32(0, false) !== FILE_CODE) throw invalid('the .shp file has no Shapefile header');
  const fileLength = Math.min(view.getInt32(24, false) * 2, bytes.byteLength);
  const shapeType = view.getInt32(32, true);
  if (shapeType !== SHAPE_NULL && !POLYGON_TYPES.has(shapeType)) {
    throw invalid(`the .shp file holds ${SHAPE_NAMES[shapeType] ?? `shape type ${shapeType}`} shapes; boundaries must be polygons`);
  }
  const shapes: ShapeGeometry[] = [];
  let offset = 100;
  while (offset + 8 <= fileLength) {
    const contentBytes = view.getInt32(offset + 4, false) * 2;
    const start = offset + 8;
    if (start + contentBytes > bytes.byteLength || contentBytes < 4) throw invalid(`record ${shapes.length + 1} runs past the end of the .shp file`);
    shapes.push(readShape(view, start, contentBytes, shapes.length + 1));
    offset = start + contentBytes;
  }
  return shapes;
}

function readShape(view: DataView, start: number, length: number, record: number): ShapeGeometry {
  const type = view.getInt32(start, true);
  if (type === SHAPE_NULL) return null;
  if (!POLYGON_TYPES.has(type)) throw invalid(`record ${record} is a ${SHAPE_NAMES[type] ?? `type ${type}`} shape, not a polygon`);
  const numParts = view.getInt32(start + 36, true);
  const numPoints = view.getInt32(start + 40, true);
  const partsAt = start + 44;
  const pointsAt = partsAt + 4 * numParts;
  if (numParts < 1 || numPoints < 1 || pointsAt + 16 * numPoints > start + length) throw invalid(`record ${record} has a broken polygon`);
  const rings: Position[][] = [];
  for (let p = 0; p < numParts; p++) {
    const from = view.getInt32(partsAt + 4 * p, true);
    const to = p + 1 < numParts ? view.getInt32(partsAt + 4 * (p + 1), true) : numPoints;
    if (from < 0 || to > numPoints || from >= to) throw invalid(`record ${record} part ${p} has bad point indices`);
    const ring: Position[] = [];
    for (let i = from; i < to; i++) ring.push([view.getFloat64(pointsAt + 16 * i, true), view.getFloat64(pointsAt + 16 * i + 8, true)]);
    rings.push(ring);
  }
  return groupRings(rings);
}

/** Clockwise rings are outer rings (in the Shapefile convention); each other ring goes under the outer ring holding it. */
function groupRings(rings: Position[][]): ShapeGeometry {
  const polygons: Position[][][] = [];
  const holes: Position[][] = [];
  for (const ring of rings) {
    if (signedArea(ring) <= 0) polygons.push([ring]);
    else holes.push(ring);
  }
  // A file written against the convention (all rings counter-clockwise) still has its outer rings: take them.
  if (polygons.length === 0) return groupRings(rings.map((r) => [...r].reverse()));
  for (const hole of holes) {
    const owner = polygons.find((polygon) => isInRing(hole[0]!, polygon[0]!)) ?? polygons[0]!;
    owner.push(hole);
  }
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    sum += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return sum / 2;
}

function isInRing(point: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a[1]! > point[1]! !== b[1]! > point[1]! && point[0]! < ((b[0]! - a[0]!) * (point[1]! - a[1]!)) / (b[1]! - a[1]!) + a[0]!) inside = !inside;
  }
  return inside;
}

function invalid(reason: string): AppError {
  return new AppError('TERRITORY_IMPORT_INVALID', { layer: '-', count: 1, first: reason, report: null });
}
