/**
 * 定位结果组装 — turns the classifier's numbers into the answer object. The shared parts (town, body, community and
 * corridor references, the border lists, the versions) are built once, so an answer allocates only itself, its
 * `input` and its `wgs84`.
 *
 * The object literal appears twice on purpose. V8 decides per allocation site whether to allocate objects straight
 * into the old generation ("pretenuring"): batch answers are kept in an array and survive, single answers die young.
 * With one shared site, the first large batch made every later single answer take the slow old-space path
 * (measured here: `resolve()` fell from ~4 M to ~0.5 M answers/s).
 */
import type { Crs } from './crs';
import type { PointClassifier } from './point-classifier';
import {
  AREA_BY_CODE,
  type FeatureRef,
  type Resolution,
  TERRITORY_LAYER_NAMES,
  type TerritoryLayerName,
  type TownRef,
} from './territory-layers';

/** 定位结果组装器 — builds answers for one resolver. */
export interface ResolutionBuilder {
  buildSingle(c: PointClassifier, lon: number, lat: number, crs: Crs, wLon: number, wLat: number): Resolution;
  buildForBatch(c: PointClassifier, lon: number, lat: number, crs: Crs, wLon: number, wLat: number): Resolution;
}

/** 要素引用 — the features behind classifier indices, in resolution order. */
export interface FeatureRefs {
  readonly towns: readonly TownRef[];
  readonly bodies: readonly FeatureRef[];
  readonly communities: readonly FeatureRef[];
  readonly corridors: readonly FeatureRef[];
}

export function createResolutionBuilder(
  features: FeatureRefs,
  versions: Readonly<Record<TerritoryLayerName, string>>,
): ResolutionBuilder {
  const { towns, bodies, communities, corridors } = features;
  // Every combination of border bits gets one shared frozen list, so answers do not allocate one.
  const borderLists = Array.from({ length: 1 << TERRITORY_LAYER_NAMES.length }, (_, mask) =>
    Object.freeze(TERRITORY_LAYER_NAMES.filter((_, bit) => (mask & (1 << bit)) !== 0)),
  );
  return {
    buildSingle(c, lon, lat, crs, wLon, wLat) {
      return {
        inZone: c.area !== 0,
        area: AREA_BY_CODE[c.area]!,
        town: c.town >= 0 ? towns[c.town]! : null,
        body: c.body >= 0 ? bodies[c.body]! : null,
        community: c.community >= 0 ? communities[c.community]! : null,
        corridor: c.corridor >= 0 ? corridors[c.corridor]! : null,
        onBorder: borderLists[c.border]!,
        versions,
        input: { lon, lat, crs },
        wgs84: { lon: wLon, lat: wLat },
      };
    },
    buildForBatch(c, lon, lat, crs, wLon, wLat) {
      return {
        inZone: c.area !== 0,
        area: AREA_BY_CODE[c.area]!,
        town: c.town >= 0 ? towns[c.town]! : null,
        body: c.body >= 0 ? bodies[c.body]! : null,
        community: c.community >= 0 ? communities[c.community]! : null,
        corridor: c.corridor >= 0 ? corridors[c.corridor]! : null,
        onBorder: borderLists[c.border]!,
        versions,
        input: { lon, lat, crs },
        wgs84: { lon: wLon, lat: wLat },
      };
    },
  };
}
