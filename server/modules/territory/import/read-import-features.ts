/**
 * 要素读取 — the first pass over an imported layer: a FeatureCollection of Polygon/MultiPolygon features, each with
 * an id (unique), valid rings and coordinates in degrees; then every position converted from the declared CRS to
 * WGS-84. Features come out normalised (`properties.id`, `properties.name`) for the geometric checks and storage.
 */
import { convertCoordinates, type Crs, type Position } from '../../../../core/territory';
import { listRingProblems } from './check-ring';
import type { ImportProblem } from './import-report';

/** 导入要素 — a feature that passed the first pass, in WGS-84. */
export interface ImportFeature {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly properties: Record<string, unknown>;
  readonly geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}

export interface ReadFeaturesResult {
  readonly features: ImportFeature[];
  readonly problems: ImportProblem[];
}

// Attribute names an id or a name may come under in files exported from GIS tools (DBF columns are upper case).
const ID_KEYS = ['id', 'ID', 'Id'];
const TOWN_ID_KEYS = ['code', 'CODE', 'Code'];
const NAME_KEYS = ['name', 'NAME', 'Name'];

export function readImportFeatures(layer: string, input: unknown, crs: Crs): ReadFeaturesResult {
  const problems: ImportProblem[] = [];
  const whole = (reason: string): ReadFeaturesResult => ({ features: [], problems: [{ check: 'format', featureId: null, featureIndex: null, reason }] });
  if (input === null || typeof input !== 'object' || (input as { type?: unknown }).type !== 'FeatureCollection') {
    return whole('not a GeoJSON FeatureCollection');
  }
  const rawFeatures = (input as { features?: unknown }).features;
  if (!Array.isArray(rawFeatures)) return whole('the FeatureCollection has no features array');
  if (rawFeatures.length === 0) return whole('the layer has no features');

  const features: ImportFeature[] = [];
  const seen = new Map<string, number>();
  rawFeatures.forEach((raw: unknown, index) => {
    const problem = (check: ImportProblem['check'], featureId: string | null, reason: string) =>
      problems.push({ check, featureId, featureIndex: index, reason });
    if (raw === null || typeof raw !== 'object' || (raw as { type?: unknown }).type !== 'Feature') {
      problem('format', null, 'not a GeoJSON Feature');
      return;
    }
    const feature = raw as { id?: unknown; properties?: unknown; geometry?: unknown };
    const properties = isRecord(feature.properties) ? { ...feature.properties } : {};
    const id = readId(feature.id, properties, layer === 'towns');
    if (id === null) problem('id', null, 'has no id (feature.id or properties.id)');
    else if (seen.has(id)) problem('id', id, `duplicate id (also feature #${seen.get(id)})`);
    else seen.set(id, index);
    const geometry = feature.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
      problem('geometry', id, `geometry must be Polygon or MultiPolygon, not ${geometry ? String(geometry.type) : 'null'}`);
      return;
    }
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    if (!Array.isArray(polygons) || polygons.length === 0 || polygons.some((p) => !Array.isArray(p) || p.length === 0)) {
      problem('geometry', id, 'coordinates must hold at least one polygon with an outer ring');
      return;
    }
    let ringsOk = true;
    (polygons as unknown[][]).forEach((rings, p) => {
      rings.forEach((ring, r) => {
        const where = geometry.type === 'Polygon' ? `ring ${r}` : `polygon ${p} ring ${r}`;
        for (const reason of listRingProblems(ring)) {
          problem('ring', id, `${where} ${reason}`);
          ringsOk = false;
        }
      });
    });
    if (!ringsOk) return;
    const outOfRange = findOutOfRange(polygons as Position[][][]);
    if (outOfRange !== null) {
      problem('crs', id, `position [${outOfRange[0]}, ${outOfRange[1]}] is not in degrees: the file looks projected (metres); export it as lon/lat (WGS-84, GCJ-02 or BD-09)`);
      return;
    }
    if (id === null) return;
    const converted = (polygons as Position[][][]).map((rings) => rings.map((ring) => ring.map((p) => toWgs84(p, crs))));
    const name = readText(properties, NAME_KEYS) ?? id;
    features.push({
      index,
      id,
      name,
      properties: { ...properties, id, name },
      geometry: geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: converted[0]! } : { type: 'MultiPolygon', coordinates: converted },
    });
  });
  return { features, problems };
}

function toWgs84(position: Position, crs: Crs): Position {
  if (crs === 'wgs84') return [position[0]!, position[1]!];
  return convertCoordinates(position[0]!, position[1]!, crs, 'wgs84');
}

function findOutOfRange(polygons: Position[][][]): Position | null {
  for (const rings of polygons) {
    for (const ring of rings) {
      for (const p of ring) if (Math.abs(p[0]!) > 180 || Math.abs(p[1]!) > 90) return p;
    }
  }
  return null;
}

function readId(featureId: unknown, properties: Record<string, unknown>, isTownLayer: boolean): string | null {
  const candidates = [featureId, ...ID_KEYS.map((k) => properties[k]), ...(isTownLayer ? TOWN_ID_KEYS.map((k) => properties[k]) : [])];
  for (const value of candidates) {
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return null;
}

function readText(properties: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = properties[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
