/**
 * Importing official boundaries over HTTP: a valid GeoJSON becomes the next version (the resolver follows it, an
 * earlier date still answers the old one, the import is audited); invalid files — overlaps, an unclosed ring, a
 * feature outside the zone, a projected Shapefile — are answered with a report of every problem and leave the
 * layer untouched; a zipped Shapefile with GBK attributes and a GCJ-02 file are read and converted.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertWgs84ToGcj02, type FeatureCollection } from '../../../core/territory';
import { zipShapefile, WGS84_PRJ } from './shapefile/testdata/write-shapefile';
import { call, createAccountsTestApp, logIn, type AccountsTestApp, type TestSession } from '../../test/test-app';

let t: AccountsTestApp;
let app: FastifyInstance;
let admin: TestSession;

beforeAll(async () => {
  t = await createAccountsTestApp();
  app = t.app;
  admin = await logIn(app, 'admin');
}, 120_000);

afterAll(() => t?.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into GeoJSON freely
type Json = any;

async function layerOf(name: string, asOf?: string): Promise<Json> {
  return (await call(app, admin, 'GET', `/api/territory/layers/${name}${asOf ? `?asOf=${asOf}` : ''}`)).json();
}

async function versionInForce(name: string): Promise<number> {
  const { layers } = (await call(app, admin, 'GET', '/api/territory/layers')).json();
  return layers.find((l: Json) => l.layer === name).version;
}

function importJson(layer: string, body: unknown, query = ''): ReturnType<typeof call> {
  return call(app, admin, 'POST', `/api/territory/layers/${layer}/import${query}`, JSON.stringify(body), { 'content-type': 'application/geo+json' });
}

const square = (lon: number, lat: number, d: number) => [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]];

describe('importing a valid GeoJSON layer', () => {
  it('adds the next version in force from now; the resolver follows; an earlier date answers the old version; audited', async () => {
    const before = await layerOf('communities');
    const pharma = (await call(app, admin, 'GET', '/api/territory/resolve?lon=121.6&lat=31.205')).json();
    expect(pharma.community.id).toBe('community-04');

    // The official layer: the same communities without 药谷.
    const official = { type: 'FeatureCollection', features: before.features.filter((f: Json) => f.properties.id !== 'community-04') };
    const dry = await importJson('communities', official, '?dryRun=true');
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, version: null, previousVersion: 1, report: { ok: true, featureCount: 14 } });
    expect(await versionInForce('communities')).toBe(1);

    const response = await importJson('communities', official, '?source=official-2026&verified=true');
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ dryRun: false, layer: 'communities', version: 2, previousVersion: 1, report: { ok: true, problems: [] } });

    const after = await layerOf('communities');
    expect(after.layerVersion).toMatchObject({ version: 2, origin: 'import', source: 'official-2026', verified: true, validTo: null });
    expect(after.features).toHaveLength(14);
    const old = await layerOf('communities', '2026-01-01');
    expect(old.layerVersion).toMatchObject({ version: 1, validFrom: null, validTo: result.validFrom });
    expect(old.features).toHaveLength(15);

    const now = (await call(app, admin, 'GET', '/api/territory/resolve?lon=121.6&lat=31.205')).json();
    expect(now.community).toBeNull();
    expect(now.versions.communities).toBe('2');

    const audit = await t.db.pool.query(`select action, object_id, before, after, actor_user_id is not null as by_user from audit_log where action = 'territory.layer.import'`);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ object_id: 'communities', before: { version: 1 }, after: { version: 2, featureCount: 14 }, by_user: true });
  });
});

describe('invalid imports change nothing', () => {
  it.each<[string, string, () => Promise<Json>, Array<[string, string | null, RegExp]>]>([
    [
      'bodies that overlap, one with an unclosed ring, one outside the zone',
      'bodies',
      async () => {
        const bodies = await layerOf('bodies');
        const features = bodies.features.map((f: Json) => ({ ...f }));
        const expo = features.find((f: Json) => f.properties.id === 'expo');
        // 世博 grows over the whole original area (overlap with 张江), 川沙 loses its closing position, 陆家嘴 moves to 人民广场.
        expo.geometry = { type: 'Polygon', coordinates: (await layerOf('original')).features[0].geometry.coordinates };
        const chuansha = features.find((f: Json) => f.properties.id === 'chuansha');
        chuansha.geometry = { type: 'Polygon', coordinates: [chuansha.geometry.coordinates[0].slice(0, -1)] };
        const lujiazui = features.find((f: Json) => f.properties.id === 'lujiazui');
        lujiazui.geometry = { type: 'Polygon', coordinates: square(121.47, 31.23, 0.01) };
        return { type: 'FeatureCollection', features };
      },
      [['ring', 'chuansha', /not closed/]],
    ],
    [
      'bodies that overlap and a body outside the zone (rings fine)',
      'bodies',
      async () => {
        const bodies = await layerOf('bodies');
        const features = bodies.features.map((f: Json) => ({ ...f }));
        const expo = features.find((f: Json) => f.properties.id === 'expo');
        expo.geometry = { type: 'Polygon', coordinates: (await layerOf('original')).features[0].geometry.coordinates };
        const lujiazui = features.find((f: Json) => f.properties.id === 'lujiazui');
        lujiazui.geometry = { type: 'Polygon', coordinates: square(121.47, 31.23, 0.01) };
        return { type: 'FeatureCollection', features };
      },
      [['overlap', 'zhangjiang', /overlaps feature expo by about [\d.]+ km²/], ['containment', 'lujiazui', /outside the expanded area/], ['gap', null, /uncovered/]],
    ],
    ['a corridor far outside the zone', 'corridors', async () => ({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'c', name: 'c' }, geometry: { type: 'Polygon', coordinates: square(116.39, 39.9, 0.05) } }] }), [['containment', 'c', /outside the expanded area/]]],
    ['not GeoJSON at all', 'towns', async () => ({ hello: 'world' }), [['format', null, /not a GeoJSON FeatureCollection/]]],
  ])('%s', async (_, layer, build, expected) => {
    const before = await layerOf(layer);
    const response = await importJson(layer, await build());
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('TERRITORY_IMPORT_INVALID');
    const problems = error.details.report.problems.map((p: Json) => [p.check, p.featureId, p.reason]);
    for (const [check, id, reason] of expected) expect(problems).toContainEqual([check, id, expect.stringMatching(reason)]);
    const after = await layerOf(layer);
    expect(after.layerVersion).toEqual(before.layerVersion);
  });

  it('refuses a layer that cannot be imported, naming the field', async () => {
    const response = await importJson('places', { type: 'FeatureCollection', features: [] });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'TERRITORY_LAYER_UNKNOWN', details: { fields: ['layer'] } });
  });
});

describe('other formats and coordinate systems', () => {
  it('imports a zipped Shapefile with GBK attributes (towns), reading ids, names and the .prj', async () => {
    const towns = await layerOf('towns');
    // Clockwise outer rings, as Shapefiles store them.
    const shapes = towns.features.map((f: Json) => {
      const ring = f.geometry.coordinates[0] as Array<[number, number]>;
      return [signedArea(ring) > 0 ? [...ring].reverse() : ring];
    });
    const gbk = (text: string) => (text === '张江镇' ? new Uint8Array([0xd5, 0xc5, 0xbd, 0xad, 0xd5, 0xf2]) : new TextEncoder().encode(text));
    const zip = zipShapefile('towns', {
      shapes,
      fields: ['CODE', 'NAME'],
      records: towns.features.map((f: Json) => [f.properties.id, f.properties.id === '310115125' ? gbk('张江镇') : 'X']),
    }, { prj: WGS84_PRJ, cpg: 'GBK' });
    const response = await call(app, admin, 'POST', '/api/territory/layers/towns/import?source=shapefile-test', Buffer.from(zip), { 'content-type': 'application/zip' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ version: 2, report: { ok: true, featureCount: 11, crs: { input: 'wgs84', declaredBy: 'prj' } } });
    const stored = await layerOf('towns');
    expect(stored.features.find((f: Json) => f.properties.id === '310115125').properties).toMatchObject({ NAME: '张江镇', name: '张江镇', CODE: '310115125' });
    const point = (await call(app, admin, 'GET', '/api/territory/resolve?lon=121.6&lat=31.205')).json();
    expect(point).toMatchObject({ town: { code: '310115125', name: '张江镇' }, versions: { towns: '2' } });
  });

  it('refuses a Shapefile in a projected system with a report, leaving the layer untouched', async () => {
    const zip = zipShapefile('x', { shapes: [[[[0, 0], [0, 1], [1, 1], [0, 0]]]], fields: ['ID'], records: [['a']] }, { prj: 'PROJCS["CGCS2000_3_Degree_GK_CM_120E"]' });
    const response = await call(app, admin, 'POST', '/api/territory/layers/communities/import', Buffer.from(zip), { 'content-type': 'application/zip' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.report.problems).toEqual([expect.objectContaining({ check: 'format', reason: expect.stringMatching(/projected system/) })]);
  });

  it('converts a layer declared as GCJ-02 to WGS-84 before storing it', async () => {
    const corridors = await layerOf('corridors');
    const shifted: FeatureCollection = {
      type: 'FeatureCollection',
      features: corridors.features.map((f: Json) => ({
        ...f,
        geometry: { ...f.geometry, coordinates: f.geometry.coordinates.map((ring: number[][]) => ring.map(([x, y]) => convertWgs84ToGcj02(x!, y!))) },
      })),
    };
    const response = await importJson('corridors', shifted, '?crs=gcj02');
    expect(response.statusCode).toBe(200);
    expect(response.json().report.crs).toEqual({ input: 'gcj02', declaredBy: 'query', convertedToWgs84: true });
    const stored = await layerOf('corridors');
    const original = corridors.features[0].geometry.coordinates[0][0];
    const back = stored.features[0].geometry.coordinates[0][0];
    expect(back[0]).toBeCloseTo(original[0], 7);
    expect(back[1]).toBeCloseTo(original[1], 7);
  });
});

function signedArea(ring: Array<[number, number]>): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return sum / 2;
}
