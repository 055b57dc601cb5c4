/**
 * 图层数据准备 — what the zone map adds to the server's GeoJSON before drawing it: short label texts, the bodies'
 * fill colours, label points, and the features to highlight. Pure, so it is tested without a browser.
 */
import { listLabelPoints } from './label-point';
import { bodyPalette } from './map-style';
import type { MapFeature, MapFeatureCollection } from './territory-api';

/** A name without its bracketed remarks: 张江科学城（张江科建办/张江管理局） → 张江科学城. */
export function shortenName(name: string): string {
  const short = name.replace(/\s*[（(][^）)]*[）)]\s*/g, ' ').replace(/\s+/g, ' ').trim();
  return short || name;
}

function propertiesOf(feature: MapFeature): Record<string, unknown> {
  return feature.properties ?? {};
}

/** The id a feature is known by in answers: `id`, else the town `code`, else the GeoJSON id. */
export function featureIdOf(feature: MapFeature): string | undefined {
  const properties = propertiesOf(feature);
  const id = properties.id ?? properties.code ?? feature.id;
  return id === undefined || id === null ? undefined : String(id);
}

/** The bodies with a palette colour each, by feature order (the legend shows the same colours). */
export function colorBodies(bodies: MapFeatureCollection): MapFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: bodies.features.map((feature, i) => ({
      ...feature,
      properties: { ...propertiesOf(feature), fillColor: bodyPalette[i % bodyPalette.length] },
    })),
  };
}

/** Label points of a polygon layer, carrying short labels in both languages. */
export function buildLabels(collection: MapFeatureCollection): MapFeatureCollection {
  const points = listLabelPoints(collection);
  return {
    type: 'FeatureCollection',
    features: points.features.map((point) => {
      const properties = propertiesOf(point);
      const name = typeof properties.name === 'string' ? properties.name : '';
      const nameEn = typeof properties.nameEn === 'string' ? properties.nameEn : undefined;
      return {
        ...point,
        properties: { ...properties, label: shortenName(name), ...(nameEn ? { labelEn: shortenName(nameEn) } : {}) },
      };
    }),
  };
}

/** The features of `collection` whose id is one of `ids`, for the highlight source. */
export function pickFeatures(collection: MapFeatureCollection | undefined, ids: readonly string[]): MapFeature[] {
  if (!collection || ids.length === 0) return [];
  const wanted = new Set(ids);
  return collection.features.filter((feature) => {
    const id = featureIdOf(feature);
    return id !== undefined && wanted.has(id);
  });
}

/**
 * A town, body, community or corridor as an answer names it, completed with the English name its layer feature
 * carries when the answer gave none (the resolver answers ids and Chinese names; the layers know both).
 */
export function completeNames<T extends { id?: string; code?: string; name: string; nameEn?: string | null }>(
  ref: T,
  collection: MapFeatureCollection | undefined,
): T {
  if (ref.nameEn || !collection) return ref;
  const key = ref.id ?? ref.code;
  const feature = collection.features.find((candidate) => key !== undefined && featureIdOf(candidate) === key);
  const nameEn = feature?.properties?.nameEn;
  return typeof nameEn === 'string' && nameEn ? { ...ref, nameEn } : ref;
}

/** The [west, south, east, north] box around every coordinate of the collections; undefined when empty. */
export function findBounds(collections: readonly (MapFeatureCollection | undefined)[]): [number, number, number, number] | undefined {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      west = Math.min(west, value[0]);
      east = Math.max(east, value[0]);
      south = Math.min(south, value[1]);
      north = Math.max(north, value[1]);
      return;
    }
    for (const item of value) visit(item);
  };
  for (const collection of collections) for (const feature of collection?.features ?? []) visit(feature.geometry.coordinates);
  return west <= east ? [west, south, east, north] : undefined;
}
