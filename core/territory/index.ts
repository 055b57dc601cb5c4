/**
 * 空间（territory）— the pure geography core: coordinate conversion, point-in-polygon, and the resolver that
 * answers zone, area, town, body, community and corridor for a point. No I/O: callers hand in the layers.
 */
export {
  CRS_NAMES,
  convertBd09ToGcj02,
  convertBd09ToWgs84,
  convertCoordinates,
  convertGcj02ToBd09,
  convertGcj02ToWgs84,
  convertWgs84ToBd09,
  convertWgs84ToGcj02,
  isOutsideChina,
  parseCrs,
  type Crs,
  type LonLat,
} from './crs';
export type { Feature, FeatureCollection, MultiPolygonGeometry, PointGeometry, PolygonGeometry, Position } from './geojson';
export { BOUNDARY_EPSILON_DEG, locatePointInPolygon, type PointLocation } from './point-in-polygon';
export { compileLayer, type CompiledLayer, type LayerFeature } from './compile-layer';
export { buildLayerIndex, type LayerIndex, type LayerIndexOptions } from './layer-index';
export { BORDER_BIT } from './point-classifier';
export {
  createColumns,
  createResolver,
  type LonLatPoint,
  type Resolver,
  type ResolverOptions,
} from './resolve-point';
export {
  AREA_BY_CODE,
  TERRITORY_LAYER_NAMES,
  type FeatureRef,
  type Resolution,
  type ResolvedColumns,
  type TerritoryLayerName,
  type TerritoryLayers,
  type TownRef,
  type ZoneArea,
} from './territory-layers';
export {
  assertCoordinates,
  getCrs,
  isSwappedForChina,
  listCoordinateIssues,
  type CoordinateIssue,
} from './validate-coordinates';
