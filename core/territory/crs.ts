/**
 * 坐标系转换 — explicit conversion between WGS-84 (GPS, our storage CRS), GCJ-02 (国测局坐标, used by 高德 and
 * 腾讯 maps) and BD-09 (百度). GCJ-02 is a published obfuscation formula with no closed-form inverse, so the way
 * back is solved by fixed-point iteration until the forward formula reproduces the input to ~1e-10°, far inside
 * the 1 m the platform promises. Outside China's rectangle GCJ-02 equals WGS-84 (the rule all common libraries use).
 */

/** 坐标系 — the coordinate reference systems a caller may use. */
export type Crs = 'wgs84' | 'gcj02' | 'bd09';

export const CRS_NAMES: readonly Crs[] = ['wgs84', 'gcj02', 'bd09'];

/** 经纬度 — [longitude, latitude] in degrees. */
export type LonLat = [lon: number, lat: number];

// Krasovsky 1940 ellipsoid, as the GCJ-02 formula defines it.
const SEMI_MAJOR_AXIS = 6378245.0;
const ECCENTRICITY_SQUARED = 0.006693421622965943; // 0.00669342162296594323 as published, to double precision
const BD_X_PI = (Math.PI * 3000.0) / 180.0;
// Stop iterating once the forward formula lands this close to the target (≈ 0.01 mm).
const INVERSE_TOLERANCE_DEG = 1e-10;
const MAX_INVERSE_STEPS = 30;

/** True where GCJ-02 leaves coordinates unchanged: outside the rectangle that bounds China. */
export function isOutsideChina(lon: number, lat: number): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

export function convertWgs84ToGcj02(lon: number, lat: number): LonLat {
  if (isOutsideChina(lon, lat)) return [lon, lat];
  computeGcjOffset(lon, lat);
  return [lon + gcjOffset[0]!, lat + gcjOffset[1]!];
}

export function convertGcj02ToWgs84(lon: number, lat: number): LonLat {
  if (isOutsideChina(lon, lat)) return [lon, lat];
  // The offset varies slowly (a few metres per km), so subtracting the offset seen at the current guess converges
  // in 2–4 steps.
  computeGcjOffset(lon, lat);
  let wLon = lon - gcjOffset[0]!;
  let wLat = lat - gcjOffset[1]!;
  for (let step = 0; step < MAX_INVERSE_STEPS; step++) {
    computeGcjOffset(wLon, wLat);
    const dLon = wLon + gcjOffset[0]! - lon;
    const dLat = wLat + gcjOffset[1]! - lat;
    wLon -= dLon;
    wLat -= dLat;
    if (Math.abs(dLon) < INVERSE_TOLERANCE_DEG && Math.abs(dLat) < INVERSE_TOLERANCE_DEG) break;
  }
  return [wLon, wLat];
}

export function convertGcj02ToBd09(lon: number, lat: number): LonLat {
  const z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * BD_X_PI);
  const theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * BD_X_PI);
  return [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006];
}

export function convertBd09ToGcj02(lon: number, lat: number): LonLat {
  // The usual closed form is only an approximate inverse (off by up to ~1e-6°); refine it against the forward formula.
  const x = lon - 0.0065;
  const y = lat - 0.006;
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * BD_X_PI);
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * BD_X_PI);
  let gLon = z * Math.cos(theta);
  let gLat = z * Math.sin(theta);
  for (let step = 0; step < MAX_INVERSE_STEPS; step++) {
    const [bLon, bLat] = convertGcj02ToBd09(gLon, gLat);
    const dLon = bLon - lon;
    const dLat = bLat - lat;
    gLon -= dLon;
    gLat -= dLat;
    if (Math.abs(dLon) < INVERSE_TOLERANCE_DEG && Math.abs(dLat) < INVERSE_TOLERANCE_DEG) break;
  }
  return [gLon, gLat];
}

export function convertWgs84ToBd09(lon: number, lat: number): LonLat {
  const [gLon, gLat] = convertWgs84ToGcj02(lon, lat);
  return convertGcj02ToBd09(gLon, gLat);
}

export function convertBd09ToWgs84(lon: number, lat: number): LonLat {
  const [gLon, gLat] = convertBd09ToGcj02(lon, lat);
  return convertGcj02ToWgs84(gLon, gLat);
}

/** Converts a position between any two of the supported systems. */
export function convertCoordinates(lon: number, lat: number, from: Crs, to: Crs): LonLat {
  if (from === to) return [lon, lat];
  const [wLon, wLat] = from === 'wgs84' ? [lon, lat] : from === 'gcj02' ? convertGcj02ToWgs84(lon, lat) : convertBd09ToWgs84(lon, lat);
  if (to === 'wgs84') return [wLon, wLat];
  return to === 'gcj02' ? convertWgs84ToGcj02(wLon, wLat) : convertWgs84ToBd09(wLon, wLat);
}

/** Reads a CRS name leniently (`WGS-84`, `GCJ02`, `bd-09`); returns null for anything else. */
export function parseCrs(value: unknown): Crs | null {
  if (value === 'wgs84' || value === 'gcj02' || value === 'bd09') return value;
  if (typeof value !== 'string') return null;
  const name = value.trim().toLowerCase().replace(/[-_\s]/g, '');
  if (name === 'wgs84' || name === 'epsg:4326') return 'wgs84';
  if (name === 'gcj02') return 'gcj02';
  if (name === 'bd09' || name === 'bd09ll') return 'bd09';
  return null;
}

// Scratch for the offset [dLon, dLat] in degrees: the inverse evaluates it several times per point, and a
// module-level buffer keeps that free of allocation. Safe because JavaScript runs this synchronously.
const gcjOffset = new Float64Array(2);

/** The GCJ-02 offset at a WGS-84 position, written into `gcjOffset`. */
function computeGcjOffset(lon: number, lat: number): void {
  const x = lon - 105.0;
  const y = lat - 35.0;
  // Terms of the two published distortion polynomials (metres) that both share.
  const common = 0.2 * Math.sqrt(Math.abs(x)) + ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  let shiftLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + common;
  shiftLat += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  shiftLat += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  let shiftLon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + common - 0.1 * Math.sqrt(Math.abs(x));
  shiftLon += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  shiftLon += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  const radLat = (lat / 180.0) * Math.PI;
  const sinLat = Math.sin(radLat);
  const magic = 1 - ECCENTRICITY_SQUARED * sinLat * sinLat;
  const sqrtMagic = Math.sqrt(magic);
  gcjOffset[0] = (shiftLon * 180.0) / ((SEMI_MAJOR_AXIS / sqrtMagic) * Math.cos(radLat) * Math.PI);
  gcjOffset[1] = (shiftLat * 180.0) / (((SEMI_MAJOR_AXIS * (1 - ECCENTRICITY_SQUARED)) / (magic * sqrtMagic)) * Math.PI);
}
