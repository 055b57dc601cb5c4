/**
 * 空间定位 — the territory resolver: a point in WGS-84, GCJ-02 or BD-09 → in the zone or not, original or
 * expansion area, town, body, industry community and corridor, with the layer versions that produced the answer.
 * Built once per set of layers (indices take tens of milliseconds); every answer after that is a few array reads.
 */
import { AppError } from '../errors';
import { compileLayer, type CompiledLayer } from './compile-layer';
import { createResolutionBuilder } from './build-resolution';
import { type Crs, convertCoordinates, type LonLat } from './crs';
import { type ClassifierOptions, PointClassifier } from './point-classifier';
import {
  type FeatureRef,
  type Resolution,
  type ResolvedColumns,
  TERRITORY_LAYER_NAMES,
  type TerritoryLayerName,
  type TerritoryLayers,
  type TownRef,
} from './territory-layers';
import { type CoordinateIssue, getCrs, listCoordinateIssues, throwCoordinateIssues } from './validate-coordinates';

/** 定位器选项 — index tuning; the defaults suit a zone of a few hundred km² (≈ 3.5 MB of grids in all). */
export type ResolverOptions = ClassifierOptions;

/** 经纬度点 — one input position of a batch. */
export interface LonLatPoint {
  readonly lon: number;
  readonly lat: number;
}

/** 空间定位器 — answers for points against one fixed set of layers. */
export interface Resolver {
  readonly versions: Readonly<Record<TerritoryLayerName, string>>;
  /** The features behind the indices of `resolveColumns`, in resolution order (ascending id). */
  readonly features: {
    readonly towns: readonly TownRef[];
    readonly bodies: readonly FeatureRef[];
    readonly communities: readonly FeatureRef[];
    readonly corridors: readonly FeatureRef[];
  };
  /** Resolves one point; throws COORDINATES_INVALID naming the field for bad input or an unknown CRS. */
  resolve(lon: number, lat: number, crs?: Crs): Resolution;
  /** Resolves a batch; every point is checked first and the call throws, naming `points[i].lon`, before any work. */
  resolveMany(points: readonly LonLatPoint[], crs?: Crs): Resolution[];
  /** Resolves a batch into typed arrays (no object per point); `out` is reused when it is large enough. */
  resolveColumns(lons: ArrayLike<number>, lats: ArrayLike<number>, crs?: Crs, out?: ResolvedColumns): ResolvedColumns;
}

// A batch with thousands of bad rows would otherwise build an unreadable error; the first ones are enough to act on.
const MAX_REPORTED_ISSUES = 20;

export function createResolver(layers: TerritoryLayers, options: ResolverOptions = {}): Resolver {
  const versions = readVersions(layers);
  const compiled = Object.fromEntries(
    TERRITORY_LAYER_NAMES.map((name) => [name, compileLayer(name, layers[name])]),
  ) as Record<TerritoryLayerName, CompiledLayer>;
  const classifier = new PointClassifier(compiled, options);
  const features = {
    towns: Object.freeze(
      compiled.towns.features.map((f) => Object.freeze({ code: String(f.properties['code'] ?? f.id), name: f.name })),
    ),
    bodies: listRefs(compiled.bodies),
    communities: listRefs(compiled.communities),
    corridors: listRefs(compiled.corridors),
  };
  const builder = createResolutionBuilder(features, versions);

  function toWgs84(lon: number, lat: number, crs: Crs): LonLat {
    return crs === 'wgs84' ? [lon, lat] : convertCoordinates(lon, lat, crs, 'wgs84');
  }

  return {
    versions,
    features,
    resolve(lon, lat, crs = 'wgs84') {
      const checkedCrs = getCrs(crs);
      const issues = listCoordinateIssues(lon, lat);
      if (issues.length > 0) throwCoordinateIssues(issues);
      const [wLon, wLat] = toWgs84(lon, lat, checkedCrs);
      classifier.classify(wLon, wLat);
      return builder.buildSingle(classifier, lon, lat, checkedCrs, wLon, wLat);
    },
    resolveMany(points, crs = 'wgs84') {
      const checkedCrs = getCrs(crs);
      if (!Array.isArray(points)) throwCoordinateIssues([{ field: 'points', reason: 'must be an array of { lon, lat }' }]);
      checkBatch(points.length, (i) => points[i]?.lon, (i) => points[i]?.lat);
      const results = new Array<Resolution>(points.length);
      for (let i = 0; i < points.length; i++) {
        const { lon, lat } = points[i]!;
        const [wLon, wLat] = toWgs84(lon, lat, checkedCrs);
        classifier.classify(wLon, wLat);
        results[i] = builder.buildForBatch(classifier, lon, lat, checkedCrs, wLon, wLat);
      }
      return results;
    },
    resolveColumns(lons, lats, crs = 'wgs84', out) {
      const checkedCrs = getCrs(crs);
      if (lons.length !== lats.length) {
        throwCoordinateIssues([{ field: 'lats', reason: `has ${lats.length} values for ${lons.length} longitudes` }]);
      }
      const count = lons.length;
      checkBatch(count, (i) => lons[i], (i) => lats[i]);
      const columns = out !== undefined && out.area.length >= count ? { ...out, count } : createColumns(count);
      for (let i = 0; i < count; i++) {
        // WGS-84 is the common case: no conversion and no [lon, lat] pair per point.
        if (checkedCrs === 'wgs84') classifier.classify(lons[i]!, lats[i]!);
        else {
          const [x, y] = toWgs84(lons[i]!, lats[i]!, checkedCrs);
          classifier.classify(x, y);
        }
        columns.area[i] = classifier.area;
        columns.town[i] = classifier.town;
        columns.body[i] = classifier.body;
        columns.community[i] = classifier.community;
        columns.corridor[i] = classifier.corridor;
        columns.border[i] = classifier.border;
      }
      return columns;
    },
  };
}

/** Empty columns for `count` points, for callers that reuse them across batches. */
export function createColumns(count: number): ResolvedColumns {
  return {
    count,
    area: new Uint8Array(count),
    town: new Int32Array(count),
    body: new Int32Array(count),
    community: new Int32Array(count),
    corridor: new Int32Array(count),
    border: new Uint8Array(count),
  };
}

function checkBatch(count: number, lonAt: (i: number) => unknown, latAt: (i: number) => unknown): void {
  let issues: CoordinateIssue[] | null = null;
  for (let i = 0; i < count; i++) {
    const lon = lonAt(i);
    const lat = latAt(i);
    // Inline fast accept for the common case; the full check (with its messages) only for suspicious rows.
    if (typeof lon === 'number' && typeof lat === 'number' && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90) {
      if (!(lon >= 3 && lon <= 54 && lat >= 73)) continue;
    }
    const found = listCoordinateIssues(lon, lat, `points[${i}].`);
    if (found.length === 0) continue;
    issues ??= [];
    issues.push(...found);
    if (issues.length >= MAX_REPORTED_ISSUES) break;
  }
  if (issues !== null) throwCoordinateIssues(issues.slice(0, MAX_REPORTED_ISSUES));
}

function listRefs(layer: CompiledLayer): readonly FeatureRef[] {
  return Object.freeze(layer.features.map((f) => Object.freeze({ id: f.id, name: f.name })));
}

function readVersions(layers: TerritoryLayers): Readonly<Record<TerritoryLayerName, string>> {
  const given: Partial<Record<string, unknown>> = (layers as { versions?: Record<string, unknown> }).versions ?? {};
  for (const name of TERRITORY_LAYER_NAMES) {
    if (typeof given[name] !== 'string' || given[name] === '') {
      throw new AppError('TERRITORY_LAYER_INVALID', { layer: name, feature: '-', reason: 'no version given for the layer' });
    }
  }
  return Object.freeze(Object.fromEntries(TERRITORY_LAYER_NAMES.map((name) => [name, given[name] as string]))) as Readonly<
    Record<TerritoryLayerName, string>
  >;
}
