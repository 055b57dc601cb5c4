/**
 * 图层数据结构 — the checks a zone pack's GeoJSON must pass (RFC 7946, the subset the platform draws): a
 * FeatureCollection of features with `id` and `name` properties, positions in WGS-84 range, rings closed.
 * Objects stay open (GeoJSON allows foreign members such as `crs_note` or `areaKm2`); only the parts we read are
 * constrained.
 */
import { z } from 'zod';

const longitude = z.number().min(-180, 'longitude must be ≥ -180').max(180, 'longitude must be ≤ 180');
const latitude = z.number().min(-90, 'latitude must be ≥ -90').max(90, 'latitude must be ≤ 90');

/** 坐标 — [longitude, latitude] in WGS-84 degrees, optionally an altitude. */
const positionSchema = z.tuple([longitude, latitude], z.number()).refine((p) => p.length <= 3, {
  message: 'a position has 2 or 3 numbers',
});

/** 环 — a closed ring: at least four positions, the last equal to the first. */
const ringSchema = z
  .array(positionSchema)
  .min(4, 'a ring needs at least 4 positions')
  .refine((ring) => ring.length < 4 || isSamePosition(ring[0]!, ring[ring.length - 1]!), {
    message: 'ring is not closed: its last position differs from its first',
  });

const pointSchema = z.looseObject({ type: z.literal('Point'), coordinates: positionSchema });
const lineStringSchema = z.looseObject({
  type: z.literal('LineString'),
  coordinates: z.array(positionSchema).min(2, 'a line needs at least 2 positions'),
});
const polygonSchema = z.looseObject({
  type: z.literal('Polygon'),
  coordinates: z.array(ringSchema).min(1, 'a polygon needs an outer ring'),
});
const multiPolygonSchema = z.looseObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ringSchema).min(1, 'a polygon needs an outer ring')).min(1),
});

/** 几何 — the geometry types a zone layer may hold. */
export const geometrySchema = z.discriminatedUnion('type', [pointSchema, lineStringSchema, polygonSchema, multiPolygonSchema]);

/** 要素 — one feature; its properties carry at least a non-empty `id` and `name`. */
export const featureSchema = z.looseObject({
  type: z.literal('Feature'),
  geometry: geometrySchema,
  properties: z.looseObject({
    id: z.string().min(1, 'id must not be empty'),
    name: z.string().min(1, 'name must not be empty'),
  }),
});

/** 要素集合 — one layer file. */
export const featureCollectionSchema = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(featureSchema),
});

export type LayerGeometry = z.output<typeof geometrySchema>;
export type LayerFeature = z.output<typeof featureSchema>;
export type LayerFeatureCollection = z.output<typeof featureCollectionSchema>;

function isSamePosition(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
