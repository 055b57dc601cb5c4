/**
 * 图层编译 — checks one boundary layer and flattens it into the edge list the spatial index is built from.
 * Features are put in ascending id order (plain code-unit order, independent of locale) because that order is
 * the tie-break for a point on a shared border: the lowest id wins, the same way on every machine.
 */
import { AppError } from '../errors';
import type { Feature, FeatureCollection, MultiPolygonGeometry, PolygonGeometry, Position } from './geojson';

/** 图层要素 — one checked polygon feature of a layer. */
export interface LayerFeature {
  readonly id: string;
  readonly name: string;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly geometry: PolygonGeometry | MultiPolygonGeometry;
}

/** 编译后的图层 — the features in resolution order and every ring edge as packed (x1, y1, x2, y2). */
export interface CompiledLayer {
  readonly features: readonly LayerFeature[];
  readonly edges: Float64Array;
  /** The index into `features` of the feature each edge belongs to; non-decreasing. */
  readonly edgeFeature: Int32Array;
}

type Ring = readonly Position[];

export function compileLayer(layer: string, collection: FeatureCollection): CompiledLayer {
  if (collection === null || typeof collection !== 'object' || !Array.isArray(collection.features)) {
    throw createLayerError(layer, '-', 'not a GeoJSON FeatureCollection');
  }
  const features = collection.features.map((feature, position) => readFeature(layer, feature, position));
  features.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < features.length; i++) {
    if (features[i]!.id === features[i - 1]!.id) throw createLayerError(layer, features[i]!.id, 'duplicate id');
  }
  const coords: number[] = [];
  const owners: number[] = [];
  features.forEach((feature, index) => {
    for (const ring of listRings(feature.geometry)) appendRingEdges(ring, index, coords, owners);
  });
  return { features, edges: Float64Array.from(coords), edgeFeature: Int32Array.from(owners) };
}

function readFeature(layer: string, feature: Feature, position: number): LayerFeature {
  const label = `#${position}`;
  if (feature === null || typeof feature !== 'object') throw createLayerError(layer, label, 'not a GeoJSON Feature');
  const properties = feature.properties ?? {};
  const rawId = feature.id ?? properties['id'];
  if ((typeof rawId !== 'string' || rawId === '') && !(typeof rawId === 'number' && Number.isFinite(rawId))) {
    throw createLayerError(layer, label, 'missing id (feature.id or properties.id)');
  }
  const id = String(rawId);
  const name = typeof properties['name'] === 'string' && properties['name'] !== '' ? properties['name'] : id;
  const geometry = feature.geometry;
  if (geometry === null || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    throw createLayerError(layer, id, `geometry must be Polygon or MultiPolygon, not ${geometry === null ? 'null' : geometry.type}`);
  }
  const checked = geometry as PolygonGeometry | MultiPolygonGeometry;
  const rings = listRings(checked, true);
  rings.forEach((ring, r) => checkRing(layer, id, ring, r));
  if (rings.length === 0) throw createLayerError(layer, id, 'geometry has no rings');
  return { id, name, properties, geometry: checked };
}

function listRings(geometry: PolygonGeometry | MultiPolygonGeometry, checkShape = false): Ring[] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (checkShape && (!Array.isArray(parts) || parts.some((part) => !Array.isArray(part)))) return [];
  return parts.flat();
}

function checkRing(layer: string, id: string, ring: Ring, index: number): void {
  if (!Array.isArray(ring)) throw createLayerError(layer, id, `ring ${index} is not an array of positions`);
  ring.forEach((position, p) => {
    const valid =
      Array.isArray(position) &&
      position.length >= 2 &&
      Number.isFinite(position[0]) &&
      Number.isFinite(position[1]) &&
      Math.abs(position[0]!) <= 180 &&
      Math.abs(position[1]!) <= 90;
    if (!valid) throw createLayerError(layer, id, `ring ${index} position ${p} is not a WGS-84 [lon, lat]`);
  });
  // A ring needs three distinct corners to enclose anything; an unclosed ring is closed implicitly.
  const distinct = new Set(ring.map((position) => `${position[0]},${position[1]}`));
  if (distinct.size < 3) throw createLayerError(layer, id, `ring ${index} has fewer than 3 distinct positions`);
}

function appendRingEdges(ring: Ring, owner: number, coords: number[], owners: number[]): void {
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    // Zero-length edges (repeated positions, the closing position) carry no boundary.
    if (a[0] === b[0] && a[1] === b[1]) continue;
    coords.push(a[0]!, a[1]!, b[0]!, b[1]!);
    owners.push(owner);
  }
}

function createLayerError(layer: string, feature: string, reason: string): AppError {
  return new AppError('TERRITORY_LAYER_INVALID', { layer, feature, reason });
}
