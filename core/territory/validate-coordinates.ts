/**
 * 坐标校验 — rejects what cannot be a position before any lookup: non-numbers, out-of-range values, an unknown CRS,
 * and the commonest mistake with Chinese coordinates, latitude and longitude given the wrong way round
 * (31.2, 121.6 instead of 121.6, 31.2). Each problem names its field so the API can answer 400 with it.
 */
import { AppError } from '../errors';
import { type Crs, parseCrs } from './crs';

/** 坐标问题 — one problem with one field of a position. */
export interface CoordinateIssue {
  readonly field: string;
  readonly reason: string;
}

/**
 * The problems with one position, none when it is usable. `prefix` names the position inside a batch
 * (`points[3].`), so the field reads `points[3].lon`.
 */
export function listCoordinateIssues(lon: unknown, lat: unknown, prefix = ''): CoordinateIssue[] {
  const issues: CoordinateIssue[] = [];
  const isLonNumber = typeof lon === 'number' && Number.isFinite(lon);
  const isLatNumber = typeof lat === 'number' && Number.isFinite(lat);
  if (!isLonNumber) issues.push({ field: `${prefix}lon`, reason: `must be a finite number, got ${describeValue(lon)}` });
  if (!isLatNumber) issues.push({ field: `${prefix}lat`, reason: `must be a finite number, got ${describeValue(lat)}` });
  if (!isLonNumber || !isLatNumber) return issues;
  if (isSwappedForChina(lon, lat)) {
    return [
      {
        field: `${prefix}lon`,
        reason: `lon ${lon} and lat ${lat} look swapped (China lies at lon 73–136, lat 3–54); give longitude first`,
      },
    ];
  }
  if (lon < -180 || lon > 180) issues.push({ field: `${prefix}lon`, reason: `must be within [-180, 180], got ${lon}` });
  if (lat < -90 || lat > 90) issues.push({ field: `${prefix}lat`, reason: `must be within [-90, 90], got ${lat}` });
  return issues;
}

/** A latitude-like longitude together with a longitude-like latitude, both in China's range. */
export function isSwappedForChina(lon: number, lat: number): boolean {
  return lon >= 3 && lon <= 54 && lat >= 73 && lat <= 136;
}

/** Reads the CRS argument or throws COORDINATES_INVALID naming `field`. */
export function getCrs(value: unknown, field = 'crs'): Crs {
  const crs = parseCrs(value);
  if (crs === null) {
    throwCoordinateIssues([{ field, reason: `unknown CRS ${describeValue(value)}; use wgs84, gcj02 or bd09` }]);
  }
  return crs;
}

export function throwCoordinateIssues(issues: readonly CoordinateIssue[]): never {
  throw new AppError('COORDINATES_INVALID', {
    fields: issues.map((issue) => issue.field),
    issues: issues.map((issue) => `${issue.field}: ${issue.reason}`),
  });
}

/** Throws COORDINATES_INVALID when the position has any problem. */
export function assertCoordinates(lon: unknown, lat: unknown, prefix = ''): void {
  const issues = listCoordinateIssues(lon, lat, prefix);
  if (issues.length > 0) throwCoordinateIssues(issues);
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number') return String(value);
  return value === null ? 'null' : typeof value;
}
