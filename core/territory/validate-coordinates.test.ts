import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import type { Crs } from './crs';
import { createResolver } from './resolve-point';
import { loadZhangjiangLayers } from './testdata/load-layers';
import { isSwappedForChina, listCoordinateIssues } from './validate-coordinates';

const resolver = createResolver(loadZhangjiangLayers());

function caught(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('bad input to resolve', () => {
  it.each<[string, unknown, unknown, unknown, string[], RegExp]>([
    ['NaN longitude', NaN, 31.2, 'wgs84', ['lon'], /lon: must be a finite number, got NaN/],
    ['NaN latitude', 121.6, NaN, 'wgs84', ['lat'], /lat: must be a finite number/],
    ['both missing', undefined, null, 'wgs84', ['lon', 'lat'], /got undefined.*got null/],
    ['infinite longitude', Infinity, 31.2, 'wgs84', ['lon'], /finite/],
    ['a string longitude', '121.6', 31.2, 'wgs84', ['lon'], /got "121.6"/],
    ['longitude beyond 180', 200, 31.2, 'wgs84', ['lon'], /within \[-180, 180\], got 200/],
    ['latitude beyond -90', 121.6, -95, 'wgs84', ['lat'], /within \[-90, 90\], got -95/],
    ['both out of range', -181, 91, 'wgs84', ['lon', 'lat'], /lon: .*lat: /],
    ['swapped (lat, lon) for Shanghai', 31.2, 121.6, 'wgs84', ['lon'], /look swapped/],
    ['swapped, in range, for Xinjiang', 43.8, 87.6, 'wgs84', ['lon'], /look swapped/],
    ['an unknown CRS', 121.6, 31.2, 'epsg:3857', ['crs'], /unknown CRS "epsg:3857"; use wgs84, gcj02 or bd09/],
    ['a CRS that is not a string', 121.6, 31.2, 3857, ['crs'], /unknown CRS 3857/],
  ])('%s → COORDINATES_INVALID naming %j', (_, lon, lat, crs, fields, message) => {
    const error = caught(() => resolver.resolve(lon as number, lat as number, crs as Crs));
    expect(error.code).toBe('COORDINATES_INVALID');
    expect(error.status).toBe(400);
    expect(error.details['fields']).toEqual(fields);
    expect(error.message).toMatch(message);
    expect(error.localizedMessage('zh-CN')).toMatch(/^坐标有误：/);
  });

  it('accepts the CRS spelled leniently', () => {
    expect(resolver.resolve(121.6, 31.2, 'WGS-84' as Crs).inZone).toBe(true);
  });

  it('answers a valid point far away as outside, not as an error', () => {
    expect(resolver.resolve(-0.1276, 51.5072)).toMatchObject({ inZone: false, area: 'outside', town: null });
    expect(resolver.resolve(180, -90).area).toBe('outside');
  });
});

describe('bad input to the batches', () => {
  it('names the index of each bad point and does no work', () => {
    const error = caught(() =>
      resolver.resolveMany([
        { lon: 121.6, lat: 31.2 },
        { lon: NaN, lat: 31.2 },
        { lon: 31.2, lat: 121.6 },
        { lon: 121.6, lat: 95 },
      ]),
    );
    expect(error.code).toBe('COORDINATES_INVALID');
    expect(error.details['fields']).toEqual(['points[1].lon', 'points[2].lon', 'points[3].lat']);
  });

  it('rejects an entry that is not a point', () => {
    const error = caught(() => resolver.resolveMany([null as never]));
    expect(error.details['fields']).toEqual(['points[0].lon', 'points[0].lat']);
  });

  it('reports at most 20 problems of a large bad batch', () => {
    const error = caught(() => resolver.resolveColumns(new Float64Array(1000).fill(NaN), new Float64Array(1000)));
    expect(error.details['fields']).toHaveLength(20);
    expect((error.details['fields'] as string[])[0]).toBe('points[0].lon');
  });

  it('rejects columns of different lengths and an unknown CRS', () => {
    expect(caught(() => resolver.resolveColumns([121.6], [])).details['fields']).toEqual(['lats']);
    expect(caught(() => resolver.resolveMany([], 'utm' as Crs)).details['fields']).toEqual(['crs']);
  });
});

describe('isSwappedForChina', () => {
  it.each([
    [31.2, 121.6, true],
    [121.6, 31.2, false],
    [3, 73, true],
    [54, 136, true],
    [2.9, 121.6, false],
    [31.2, 72.9, false],
    [-31.2, 121.6, false],
  ])('(%d, %d) → %s', (lon, lat, expected) => {
    expect(isSwappedForChina(lon, lat)).toBe(expected);
  });

  it('a swap reports one clear issue, not a range error as well', () => {
    expect(listCoordinateIssues(31.2, 121.6)).toHaveLength(1);
  });
});
