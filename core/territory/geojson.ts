/**
 * The small part of RFC 7946 GeoJSON the territory core reads. Declared here so core depends on no type package;
 * the shapes are structurally those of `@types/geojson`, so either can be passed in.
 */

/** 坐标 — [longitude, latitude] in degrees (more members, such as altitude, are ignored). */
export type Position = readonly number[];

/** 面 — an outer ring followed by its holes; each ring closed (first position = last). */
export interface PolygonGeometry {
  readonly type: 'Polygon';
  readonly coordinates: readonly (readonly Position[])[];
}

/** 多面 — several polygons forming one feature (e.g. a town with an exclave). */
export interface MultiPolygonGeometry {
  readonly type: 'MultiPolygon';
  readonly coordinates: readonly (readonly (readonly Position[])[])[];
}

/** 点 — a single position. */
export interface PointGeometry {
  readonly type: 'Point';
  readonly coordinates: Position;
}

export type Geometry = PolygonGeometry | MultiPolygonGeometry | PointGeometry | { readonly type: string };

/** 要素 — a geometry with its properties; `id` may sit on the feature or in its properties. */
export interface Feature<G = Geometry> {
  readonly type: 'Feature';
  readonly id?: string | number;
  readonly geometry: G | null;
  readonly properties: Readonly<Record<string, unknown>> | null;
}

/** 要素集合 — one layer as a GeoJSON FeatureCollection. */
export interface FeatureCollection<G = Geometry> {
  readonly type: 'FeatureCollection';
  readonly features: readonly Feature<G>[];
}
