/**
 * 单点定位 — GET /api/territory/resolve: query strings → numbers (kept as given, so "abc" and "" are reported as
 * not numbers, never read as 0) → the resolver, which names every bad field → the answer with names.
 */
import type { Crs } from '../../../core/territory';
import type { Territory } from './build-territory';
import { presentResolution, type PresentedResolution } from './present-resolution';

export interface PointQuery {
  lon?: string | undefined;
  lat?: string | undefined;
  crs?: string | undefined;
}

export function locatePoint(territory: Territory, query: PointQuery): PresentedResolution {
  const resolution = territory.resolver.resolve(readNumber(query.lon), readNumber(query.lat), (query.crs ?? 'wgs84') as Crs);
  return presentResolution(territory, resolution);
}

/** A query value as a number; absent or blank stays undefined so the resolver reports the field as missing. */
export function readNumber(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return undefined as unknown as number;
  return Number(value);
}
