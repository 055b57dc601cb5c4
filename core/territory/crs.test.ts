import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Crs,
  CRS_NAMES,
  convertBd09ToGcj02,
  convertBd09ToWgs84,
  convertCoordinates,
  convertGcj02ToBd09,
  convertGcj02ToWgs84,
  convertWgs84ToBd09,
  convertWgs84ToGcj02,
  isOutsideChina,
  parseCrs,
} from './crs';

/** Great-circle distance in metres. */
function distanceMetres(a: readonly number[], b: readonly number[]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1]! - a[1]!) * rad;
  const dLon = (b[0]! - a[0]!) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1]! * rad) * Math.cos(b[1]! * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}

// Shanghai's administrative extent, generously.
const shanghaiLon = fc.double({ min: 120.85, max: 122.2, noNaN: true });
const shanghaiLat = fc.double({ min: 30.67, max: 31.88, noNaN: true });

describe('forward formulas against the published reference values (wandergis/coordtransform, 116.404, 39.915)', () => {
  it.each([
    ['WGS-84 → GCJ-02', convertWgs84ToGcj02, [116.41024449916938, 39.91640428150164]],
    ['GCJ-02 → BD-09', convertGcj02ToBd09, [116.41036949371029, 39.92133699351021]],
  ] as const)('%s', (_, convert, expected) => {
    const [lon, lat] = convert(116.404, 39.915);
    expect(lon).toBeCloseTo(expected[0], 12);
    expect(lat).toBeCloseTo(expected[1], 12);
  });

  it.each([
    // The reference library uses one-step approximate inverses; ours iterate, so they agree to ~1e-5° (about 1 m).
    ['BD-09 → GCJ-02', convertBd09ToGcj02, [116.39762729119315, 39.90865673957631]],
    ['GCJ-02 → WGS-84', convertGcj02ToWgs84, [116.39775550083061, 39.91359571849836]],
  ] as const)('%s agrees with the one-step inverse within 2 m', (_, convert, expected) => {
    expect(distanceMetres(convert(116.404, 39.915), expected)).toBeLessThan(2);
  });
});

describe('GCJ-02 in Shanghai', () => {
  it('shifts by about 450–600 m, mostly eastward (the familiar offset of 高德 maps)', () => {
    const wgs = [121.6, 31.2] as const;
    const gcj = convertWgs84ToGcj02(wgs[0], wgs[1]);
    expect(distanceMetres(wgs, gcj)).toBeGreaterThan(400);
    expect(distanceMetres(wgs, gcj)).toBeLessThan(650);
    expect(gcj[0]).toBeGreaterThan(wgs[0]);
  });

  it('GCJ-02 → WGS-84 → GCJ-02 returns within 1 m (in fact within 1 mm)', () => {
    fc.assert(
      fc.property(shanghaiLon, shanghaiLat, (lon, lat) => {
        const wgs = convertGcj02ToWgs84(lon, lat);
        const back = convertWgs84ToGcj02(wgs[0], wgs[1]);
        expect(distanceMetres([lon, lat], back)).toBeLessThan(0.001);
      }),
      { numRuns: 1000 },
    );
  });

  it('WGS-84 → GCJ-02 → WGS-84 returns within 1 m', () => {
    fc.assert(
      fc.property(shanghaiLon, shanghaiLat, (lon, lat) => {
        const gcj = convertWgs84ToGcj02(lon, lat);
        expect(distanceMetres([lon, lat], convertGcj02ToWgs84(gcj[0], gcj[1]))).toBeLessThan(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('BD-09 round trips both ways within 1 m', () => {
    fc.assert(
      fc.property(shanghaiLon, shanghaiLat, (lon, lat) => {
        const bd = convertWgs84ToBd09(lon, lat);
        expect(distanceMetres([lon, lat], convertBd09ToWgs84(bd[0], bd[1]))).toBeLessThan(1);
        const gcj = convertBd09ToGcj02(lon, lat);
        expect(distanceMetres([lon, lat], convertGcj02ToBd09(gcj[0], gcj[1]))).toBeLessThan(1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('outside China', () => {
  it.each([
    ['London', -0.1276, 51.5072],
    ['Tokyo', 139.6917, 35.6895],
    ['Jakarta', 106.8456, -6.2088],
    ['Sydney', 151.2093, -33.8688],
  ])('GCJ-02 equals WGS-84 at %s', (_, lon, lat) => {
    expect(isOutsideChina(lon, lat)).toBe(true);
    expect(convertWgs84ToGcj02(lon, lat)).toEqual([lon, lat]);
    expect(convertGcj02ToWgs84(lon, lat)).toEqual([lon, lat]);
  });

  it('Shanghai is inside the rectangle', () => {
    expect(isOutsideChina(121.47, 31.23)).toBe(false);
  });
});

describe('convertCoordinates', () => {
  const pairs = CRS_NAMES.flatMap((from) => CRS_NAMES.map((to) => [from, to] as [Crs, Crs]));

  it.each(pairs)('%s → %s and back returns within 1 m', (from, to) => {
    const start: [number, number] = [121.6012, 31.2034];
    const there = convertCoordinates(start[0], start[1], from, to);
    const back = convertCoordinates(there[0], there[1], to, from);
    expect(distanceMetres(start, back)).toBeLessThan(1);
    if (from === to) expect(there).toEqual(start);
  });

  it('matches the direct functions', () => {
    expect(convertCoordinates(121.6, 31.2, 'wgs84', 'bd09')).toEqual(convertWgs84ToBd09(121.6, 31.2));
    expect(convertCoordinates(121.6, 31.2, 'bd09', 'wgs84')).toEqual(convertBd09ToWgs84(121.6, 31.2));
    expect(convertCoordinates(121.6, 31.2, 'gcj02', 'wgs84')).toEqual(convertGcj02ToWgs84(121.6, 31.2));
  });
});

describe('parseCrs', () => {
  it.each([
    ['wgs84', 'wgs84'],
    ['WGS-84', 'wgs84'],
    ['EPSG:4326', 'wgs84'],
    ['gcj02', 'gcj02'],
    ['GCJ-02', 'gcj02'],
    [' bd09 ', 'bd09'],
    ['BD-09', 'bd09'],
    ['bd09ll', 'bd09'],
    ['epsg:3857', null],
    ['', null],
    [42, null],
    [undefined, null],
  ])('%j → %j', (input, expected) => {
    expect(parseCrs(input)).toBe(expected);
  });
});
