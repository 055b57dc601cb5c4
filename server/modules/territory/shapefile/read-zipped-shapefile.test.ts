import { describe, expect, it } from 'vitest';
import { readZippedShapefile } from './read-zipped-shapefile';
import { WGS84_PRJ, zipShapefile, type ShapefileFixture } from './testdata/write-shapefile';

// Clockwise outer rings (the Shapefile convention), a counter-clockwise hole in the first.
const outer: Array<[number, number]> = [[121.60, 31.20], [121.60, 31.21], [121.61, 31.21], [121.61, 31.20], [121.60, 31.20]];
const hole: Array<[number, number]> = [[121.603, 31.203], [121.606, 31.203], [121.606, 31.206], [121.603, 31.206], [121.603, 31.203]];
const second: Array<[number, number]> = [[121.62, 31.20], [121.62, 31.21], [121.63, 31.21], [121.63, 31.20], [121.62, 31.20]];

const fixture: ShapefileFixture = {
  shapes: [[outer, hole], [outer.map(([x, y]) => [x + 0.05, y] as [number, number]), second.map(([x, y]) => [x + 0.05, y] as [number, number])], null],
  fields: ['ID', 'NAME'],
  records: [['a', '张江镇'], ['b', '两块'], ['c', '空']],
};

describe('readZippedShapefile', () => {
  it('reads polygons (holes under their outer ring, several outer rings as a MultiPolygon), attributes and the CRS', () => {
    const reading = readZippedShapefile(zipShapefile('towns', fixture, { prj: WGS84_PRJ, cpg: 'UTF-8' }));
    expect(reading.crs).toBe('wgs84');
    expect(reading.encoding).toBe('utf-8');
    const [a, b, c] = reading.collection.features;
    expect(a!.properties).toEqual({ ID: 'a', NAME: '张江镇' });
    expect(a!.geometry).toEqual({ type: 'Polygon', coordinates: [outer, hole] });
    expect(b!.geometry).toMatchObject({ type: 'MultiPolygon' });
    expect((b!.geometry as unknown as { coordinates: unknown[] }).coordinates).toHaveLength(2);
    expect(c!.geometry).toBeNull();
  });

  it('decodes GBK text named by the .cpg, or by the language driver, or by detection', () => {
    const gbk = new Uint8Array([0xd5, 0xc5, 0xbd, 0xad, 0xd5, 0xf2]); // 张江镇
    const gbkFixture: ShapefileFixture = { shapes: [[outer]], fields: ['ID', 'NAME'], records: [['a', gbk]] };
    for (const extra of [{ cpg: 'GBK' }, { cpg: '936' }, { languageDriver: 0x4d }, {}]) {
      const reading = readZippedShapefile(zipShapefile('t', gbkFixture, extra));
      expect(reading.collection.features[0]!.properties).toEqual({ ID: 'a', NAME: '张江镇' });
      expect(reading.encoding).toBe('gbk');
    }
  });

  it('reads PolygonZ shapes', () => {
    const reading = readZippedShapefile(zipShapefile('z', { ...fixture, shapes: [[outer], null, null], shapeType: 15 }));
    expect(reading.collection.features[0]!.geometry).toEqual({ type: 'Polygon', coordinates: [outer] });
    expect(reading.crs).toBeNull();
  });

  it.each<[string, () => Uint8Array, RegExp]>([
    ['not a zip', () => new TextEncoder().encode('hello'), /not a readable zip/],
    ['no .shp', () => zipShapefile('x', fixture).slice(0, 0), /not a readable zip|no \.shp/],
    ['points instead of polygons', () => zipShapefile('p', { ...fixture, shapeType: 1 }), /Point shapes; boundaries must be polygons/],
    ['a projected .prj', () => zipShapefile('m', fixture, { prj: 'PROJCS["CGCS2000_3_Degree_GK_CM_120E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000"]]' }), /projected system "CGCS2000_3_Degree_GK_CM_120E"/],
    ['another datum', () => zipShapefile('b', fixture, { prj: 'GEOGCS["GCS_Beijing_1954",DATUM["D_Beijing_1954"]]' }), /GCS_Beijing_1954.*not supported/],
    ['records and shapes that do not pair', () => zipShapefile('r', { ...fixture, records: fixture.records.slice(0, 2) }), /3 shapes but the \.dbf 2 records/],
  ])('refuses %s', (_, build, reason) => {
    expect(() => readZippedShapefile(build())).toThrow(expect.objectContaining({ code: 'TERRITORY_IMPORT_INVALID', details: expect.objectContaining({ first: expect.stringMatching(reason) }) }));
  });
});
