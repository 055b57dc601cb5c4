/**
 * The vocabulary of the territory resolver: which layers it reads and what it answers. Layers arrive as plain
 * GeoJSON (from the zone pack or an imported official boundary) together with the version of each layer in force,
 * and every answer repeats those versions so a routing decision can say which boundaries produced it.
 */
import type { Crs } from './crs';
import type { FeatureCollection } from './geojson';

/** 图层 — the boundary layers of a zone, in the order answers list them. */
export type TerritoryLayerName = 'original' | 'expanded' | 'towns' | 'bodies' | 'communities' | 'corridors';

export const TERRITORY_LAYER_NAMES: readonly TerritoryLayerName[] = [
  'original',
  'expanded',
  'towns',
  'bodies',
  'communities',
  'corridors',
];

/** 区域图层集 — every layer as a FeatureCollection of (Multi)Polygons, plus the version of each in force. */
export type TerritoryLayers = Record<TerritoryLayerName, FeatureCollection> & {
  readonly versions: Readonly<Record<TerritoryLayerName, string>>;
};

/** 区域 — where a point lies relative to the zone: the 2017 original area, the 2022 expansion, or neither. */
export type ZoneArea = 'original' | 'expansion' | 'outside';

/** 街镇 — a town answered by its 9-digit statistical code and name. */
export interface TownRef {
  readonly code: string;
  readonly name: string;
}

/** 管理主体 / 产业社区 / 走廊 — a body, community or corridor answered by id and name. */
export interface FeatureRef {
  readonly id: string;
  readonly name: string;
}

/** 定位结果 — what the resolver says about one point. */
export interface Resolution {
  readonly inZone: boolean;
  readonly area: ZoneArea;
  readonly town: TownRef | null;
  readonly body: FeatureRef | null;
  readonly community: FeatureRef | null;
  readonly corridor: FeatureRef | null;
  /** Layers in which the point lay on an edge (within the resolver's epsilon); the answer was then tie-broken. */
  readonly onBorder: readonly TerritoryLayerName[];
  readonly versions: Readonly<Record<TerritoryLayerName, string>>;
  readonly input: { readonly lon: number; readonly lat: number; readonly crs: Crs };
  readonly wgs84: { readonly lon: number; readonly lat: number };
}

/** 批量定位结果（列式） — many answers as typed arrays: feature indices into `Resolver.features`, −1 for none. */
export interface ResolvedColumns {
  readonly count: number;
  /** 0 outside, 1 original area, 2 expansion area (see `AREA_BY_CODE`). */
  readonly area: Uint8Array;
  readonly town: Int32Array;
  readonly body: Int32Array;
  readonly community: Int32Array;
  readonly corridor: Int32Array;
  /** Bit i set when the point lay on an edge of layer TERRITORY_LAYER_NAMES[i]. */
  readonly border: Uint8Array;
}

export const AREA_BY_CODE: readonly ZoneArea[] = ['outside', 'original', 'expansion'];
