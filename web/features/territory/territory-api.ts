/**
 * The territory API as the zone map sees it (server/modules/territory): layer catalogue, layer GeoJSON, the point
 * resolver, case routes and address resolution. Wire shapes only; the server owns their meaning.
 */
import { requestJson } from '../../app/api';

/** 图层名 — the layers the zone pack draws, in drawing order. */
export type LayerName = 'original' | 'expanded' | 'towns' | 'bodies' | 'communities' | 'corridors' | 'places';

export const LAYER_NAMES: readonly LayerName[] = [
  'expanded',
  'original',
  'towns',
  'bodies',
  'communities',
  'corridors',
  'places',
];

/** 图层信息 — one layer of the catalogue: what it is, which version is in force, whether it is official. */
export interface LayerInfo {
  layer: LayerName;
  name: string;
  nameEn?: string | null;
  version: string;
  /** Illustrative geometry (hand-drawn demo data) rather than a surveyed boundary. */
  approximate: boolean;
  verified: boolean;
  source: string;
  featureCount: number;
  validFrom?: string | null;
}

/** A GeoJSON geometry as the layers carry it (polygons and points; lines are tolerated for overlays). */
export type Geometry =
  | { type: 'Point'; coordinates: number[] }
  | { type: 'MultiPoint'; coordinates: number[][] }
  | { type: 'LineString'; coordinates: number[][] }
  | { type: 'MultiLineString'; coordinates: number[][][] }
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** 要素 — one GeoJSON feature; `properties.id` and `properties.name` are always present in the zone pack. */
export interface MapFeature {
  type: 'Feature';
  id?: string | number;
  geometry: Geometry;
  properties: Record<string, unknown> | null;
}

export interface MapFeatureCollection {
  type: 'FeatureCollection';
  features: MapFeature[];
}

/** 名称引用 — a town, body, community or corridor as an answer names it. */
export interface NamedRef {
  id?: string;
  code?: string;
  name: string;
  nameEn?: string | null;
}

/** 区域 — the 2017 original area, the 2022 expansion, or neither. */
export type ZoneArea = 'original' | 'expansion' | 'outside';

/** 坐标系 — the coordinate systems the resolver accepts. */
export type Crs = 'wgs84' | 'gcj02' | 'bd09';

export const CRS_OPTIONS: readonly Crs[] = ['wgs84', 'gcj02', 'bd09'];

/** The systems' own names, the same in every language (the UI says elsewhere whose maps use each). */
export const CRS_CODES: Readonly<Record<Crs, string>> = { wgs84: 'WGS-84', gcj02: 'GCJ-02', bd09: 'BD-09' };

/** 定位结果 — GET /api/territory/resolve. */
export interface PointResolution {
  inZone: boolean;
  area: ZoneArea;
  town: NamedRef | null;
  body: NamedRef | null;
  community: NamedRef | null;
  corridor: NamedRef | null;
  onBorder: string[];
  versions: Record<string, string>;
  wgs84: { lon: number; lat: number };
  input?: { lon: number; lat: number; crs: Crs };
}

/** 事项类型 — the case types the map shows routes for. */
export type CaseType = 'talent-hukou' | 'special-fund' | 'delegated-approval';

export const CASE_TYPES: readonly CaseType[] = ['talent-hukou', 'special-fund', 'delegated-approval'];

/** 单位引用 — a unit a route names (a body, department, town or office). */
export interface UnitRef {
  id: string;
  kind?: string;
  name: string;
  nameEn?: string | null;
}

/** 办理环节 — one step of a route: its role, the units that perform it and how (core/routing RouteStep). */
export interface RouteStep {
  order: number;
  role: string;
  roleName?: string | null;
  roleNameEn?: string | null;
  units: UnitRef[];
  /** all: the units act together; any: any one of them may act (一门式受理). */
  mode?: 'all' | 'any';
  participants?: UnitRef[];
  /** Whom a report goes to. */
  to?: UnitRef[];
  standard?: 'original' | 'unified' | null;
  capacity?: 'own' | 'in-the-name-of';
  inNameOf?: UnitRef | null;
  mark?: string | null;
  note?: string | null;
  noteEn?: string | null;
}

/** 办件路线 — GET /api/territory/route. */
export interface CaseRoute {
  caseType: CaseType;
  caseTypeName?: string;
  caseTypeNameEn?: string;
  status?: 'routed' | 'not-eligible' | 'needs-manual-location';
  rule?: string | null;
  ruleName?: string | null;
  ruleNameEn?: string | null;
  ruleVersion?: string;
  steps: RouteStep[];
  reason?: string;
  reasonEn?: string;
  source?: string | null;
  verified?: boolean;
}

/** 地址规则 — which piece of evidence decided an address answer. */
export type AddressRule =
  | 'other-region'
  | 'other-district'
  | 'explicit-town'
  | 'statistical-unit'
  | 'named-area'
  | 'village-code'
  | 'road-gazetteer'
  | 'no-match';

/** 地址要素 — the parts of a Chinese address the parser recognised; null where absent. */
export interface ParsedAddress {
  province: string | null;
  city: string | null;
  district: string | null;
  town: string | null;
  area: string | null;
  village: string | null;
  road: string | null;
  lane: string | null;
  number: string | null;
  villageCode: string | null;
  rest: string | null;
}

/** 地址解析结果 — POST /api/territory/resolve-address. */
export interface AddressResolution {
  status: 'placed' | 'needs-manual-location' | 'outside';
  town: (NamedRef & { code: string }) | null;
  body: (NamedRef & { id: string }) | null;
  /** 0–1. */
  confidence: number;
  rule: AddressRule;
  parsed: Partial<ParsedAddress> | null;
  /** Towns or bodies the address may belong to, for whoever locates it by hand. */
  candidates?: (NamedRef & { kind: 'town' | 'body' })[];
  reason?: string;
  reasonEn?: string;
  gazetteerVersion?: string;
}

export function fetchLayerCatalogue(signal?: AbortSignal): Promise<{ layers: LayerInfo[] }> {
  return requestJson('/api/territory/layers', { signal });
}

export function fetchLayer(layer: LayerName, signal?: AbortSignal): Promise<MapFeatureCollection> {
  return requestJson(`/api/territory/layers/${layer}`, { signal });
}

export function resolvePoint(lon: number, lat: number, crs: Crs, signal?: AbortSignal): Promise<PointResolution> {
  const query = new URLSearchParams({ lon: String(lon), lat: String(lat), crs });
  return requestJson(`/api/territory/resolve?${query}`, { signal });
}

export function fetchCaseRoute(caseType: CaseType, lon: number, lat: number, signal?: AbortSignal): Promise<CaseRoute> {
  const query = new URLSearchParams({ caseType, lon: String(lon), lat: String(lat) });
  return requestJson(`/api/territory/route?${query}`, { signal });
}

/** State-changing verb: the shell's requestJson adds the session's X-CSRF-Token (issue 3). */
export function resolveAddress(address: string, signal?: AbortSignal): Promise<AddressResolution> {
  return requestJson('/api/territory/resolve-address', { method: 'POST', body: JSON.stringify({ address }), signal });
}
