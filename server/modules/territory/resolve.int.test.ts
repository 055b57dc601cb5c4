/**
 * The territory API over HTTP with the real auth hook: who may call it, single points and 100,000-point batches,
 * addresses, routes and the layer catalogue, and every kind of bad input answered 400 naming the field.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertWgs84ToGcj02 } from '../../../core/territory';
import { call, createAccountsTestApp, logIn, type AccountsTestApp, type TestSession } from '../../test/test-app';

let t: AccountsTestApp;
let app: FastifyInstance;
let enterprise: TestSession;
let officer: TestSession;

beforeAll(async () => {
  t = await createAccountsTestApp();
  app = t.app;
  enterprise = await logIn(app, 'ent-zj');
  officer = await logIn(app, 'zj-officer');
}, 120_000);

afterAll(() => t?.close());

const PHARMA_VALLEY = { lon: 121.6, lat: 31.205 };
const PEOPLES_SQUARE = { lon: 121.4737, lat: 31.2304 };

describe('who may call the territory API', () => {
  const endpoints: Array<[string, string, unknown?]> = [
    ['GET', '/api/territory/resolve?lon=121.6&lat=31.205'],
    ['POST', '/api/territory/resolve', { points: [PHARMA_VALLEY] }],
    ['POST', '/api/territory/resolve-address', { address: '浦东新区唐镇' }],
    ['GET', '/api/territory/route?caseType=special-fund&lon=121.6&lat=31.205'],
    ['GET', '/api/territory/layers'],
    ['GET', '/api/territory/layers/towns'],
  ];

  it.each(endpoints)('%s %s: 401 anonymous, 200 for enterprise staff and an officer', async (method, url, payload) => {
    expect((await call(app, null, method as 'GET', url, payload)).statusCode).toBe(401);
    expect((await call(app, enterprise, method as 'GET', url, payload)).statusCode).toBe(200);
    expect((await call(app, officer, method as 'GET', url, payload)).statusCode).toBe(200);
  });

  it('lets only the platform administrator import a layer', async () => {
    const url = '/api/territory/layers/communities/import?dryRun=true';
    expect((await call(app, null, 'POST', url, { type: 'FeatureCollection', features: [] })).statusCode).toBe(401);
    const forbidden = await call(app, officer, 'POST', url, { type: 'FeatureCollection', features: [] });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe('FORBIDDEN');
  });
});

describe('GET /api/territory/resolve', () => {
  it('answers town and body by code and by name in both languages', async () => {
    const response = await call(app, enterprise, 'GET', '/api/territory/resolve?lon=121.6&lat=31.205');
    expect(response.json()).toMatchObject({
      inZone: true,
      area: 'original',
      town: { code: '310115125', name: '张江镇', nameEn: 'Zhangjiang Town' },
      body: { id: 'zhangjiang', name: '张江科学城（原区域）', nameEn: 'Zhangjiang Science City (original area)' },
      community: { id: 'community-04', nameEn: 'Zhangjiang Pharma Valley' },
      versions: { towns: '1', bodies: '1', original: '1', expanded: '1', communities: '1', corridors: '1' },
      input: { lon: 121.6, lat: 31.205, crs: 'wgs84' },
    });
  });

  it('converts GCJ-02 and BD-09 input explicitly', async () => {
    const [gLon, gLat] = convertWgs84ToGcj02(PHARMA_VALLEY.lon, PHARMA_VALLEY.lat);
    const response = await call(app, enterprise, 'GET', `/api/territory/resolve?lon=${gLon}&lat=${gLat}&crs=gcj02`);
    const body = response.json();
    expect(body.town.code).toBe('310115125');
    expect(body.wgs84.lon).toBeCloseTo(PHARMA_VALLEY.lon, 8);
    expect(body.input.crs).toBe('gcj02');
  });

  it('answers a point outside the zone (人民广场) as outside, with no town', async () => {
    const response = await call(app, enterprise, 'GET', `/api/territory/resolve?lon=${PEOPLES_SQUARE.lon}&lat=${PEOPLES_SQUARE.lat}`);
    expect(response.json()).toMatchObject({ inZone: false, area: 'outside', town: null, body: null });
  });

  it.each([
    ['lon=abc&lat=31.2', ['lon']],
    ['lon=&lat=31.2', ['lon']],
    ['lat=31.2', ['lon']],
    ['lon=121.6', ['lat']],
    ['lon=NaN&lat=31.2', ['lon']],
    ['lon=181&lat=31.2', ['lon']],
    ['lon=121.6&lat=-91', ['lat']],
    ['lon=31.2&lat=121.6', ['lon']],
    ['lon=121.6&lat=31.2&crs=mercator', ['crs']],
  ])('?%s → 400 naming %j', async (query, fields) => {
    const response = await call(app, enterprise, 'GET', `/api/territory/resolve?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'COORDINATES_INVALID', details: { fields } });
  });
});

describe('POST /api/territory/resolve (batch)', () => {
  it('answers 100,000 points in one request, the same as one by one', async () => {
    const points = Array.from({ length: 100_000 }, (_, i) => ({ lon: 121.5 + ((i * 7919) % 100_000) / 300_000, lat: 31.05 + ((i * 104_729) % 100_000) / 400_000 }));
    const started = performance.now();
    const response = await call(app, enterprise, 'POST', '/api/territory/resolve', { points });
    const elapsed = performance.now() - started;
    expect(response.statusCode).toBe(200);
    expect(response.headers['server-timing']).toMatch(/^app;dur=\d+(\.\d+)?$/);
    const body = response.json();
    expect(body.count).toBe(100_000);
    expect(body.results).toHaveLength(100_000);
    expect(Object.keys(body.versions)).toHaveLength(6);
    expect(new Set(body.results).size).toBe(body.answers.length);
    for (const i of [0, 1, 4_242, 77_777, 99_999]) {
      const single = (await call(app, enterprise, 'GET', `/api/territory/resolve?lon=${points[i]!.lon}&lat=${points[i]!.lat}`)).json();
      const { input: _input, wgs84: _wgs84, versions: _versions, ...answer } = single;
      expect(body.answers[body.results[i]]).toEqual(answer);
    }
    // Not a timed assertion (benchmarks live in bench/): a generous bound that only catches a pathological slowdown.
    expect(elapsed).toBeLessThan(20_000);
  }, 60_000);

  it.each<[string, unknown, string]>([
    ['a point with a string longitude', { points: [PHARMA_VALLEY, { lon: '121.6', lat: 31.2 }] }, 'points[1].lon'],
    ['a point that is not an object', { points: [null] }, 'points[0]'],
    ['a latitude out of range', { points: [PHARMA_VALLEY, PHARMA_VALLEY, { lon: 121.6, lat: 95 }] }, 'points[2].lat'],
    ['swapped coordinates', { points: [{ lon: 31.2, lat: 121.6 }] }, 'points[0].lon'],
    ['an unknown CRS', { points: [PHARMA_VALLEY], crs: 'utm' }, 'crs'],
  ])('rejects %s naming the field', async (_, payload, field) => {
    const response = await call(app, enterprise, 'POST', '/api/territory/resolve', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields).toContain(field);
  });

  it('rejects more than 100,000 points', async () => {
    const points = Array.from({ length: 100_001 }, () => [0]);
    const response = await call(app, enterprise, 'POST', '/api/territory/resolve', { points });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    expect(response.json().error.message).toMatch(/points/);
  });
});

describe('POST /api/territory/resolve-address', () => {
  it.each([
    ['上海市浦东新区张江镇祖冲之路887弄', { status: 'needs-manual-location', rule: 'explicit-town', town: { code: '310115125' }, body: null }],
    ['上海市浦东新区唐镇创新中路100号', { status: 'placed', rule: 'explicit-town', town: { code: '310115114' }, body: { id: 'jinqiao', nameEn: 'Jinqiao Administration Bureau' } }],
    ['北京市海淀区中关村大街1号', { status: 'outside', rule: 'other-region' }],
  ])('%s', async (address, expected) => {
    const response = await call(app, enterprise, 'POST', '/api/territory/resolve-address', { address });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject(expected);
  });

  it.each([[{ address: '' }], [{ address: '   ' }], [{}]])('rejects %j naming the address field', async (payload) => {
    const response = await call(app, enterprise, 'POST', '/api/territory/resolve-address', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'ADDRESS_INVALID', details: { field: 'address' } });
  });
});

describe('GET /api/territory/route', () => {
  it('routes a talent case in the original area through 张江科建办 by the original standard', async () => {
    const response = await call(app, enterprise, 'GET', '/api/territory/route?caseType=talent-hukou&lon=121.6&lat=31.205');
    const route = response.json();
    expect(route).toMatchObject({ caseType: 'talent-hukou', status: 'routed', rule: 'talent-original', area: 'original', ruleVersion: '2022.1' });
    expect(route.steps.map((s: { role: string; units: Array<{ id: string }> }) => `${s.role}:${s.units.map((u) => u.id).join('&')}`)).toEqual([
      'intake:zhangjiang-construction-office',
      'review:zhangjiang-construction-office',
      'report:zhangjiang-construction-office',
      'decide:city-human-resources',
    ]);
    expect(route.location.kind).toBe('point');
  });

  it('routes by address: a delegated approval in 唐镇 goes to 金桥管理局 in the name of 张江科学城', async () => {
    const response = await call(app, enterprise, 'GET', `/api/territory/route?caseType=delegated-approval&address=${encodeURIComponent('浦东新区唐镇创新中路100号')}`);
    expect(response.json()).toMatchObject({
      status: 'routed',
      rule: 'delegated-approval',
      steps: [{ role: 'intake', units: [{ id: 'jinqiao' }], capacity: 'in-the-name-of', inNameOf: { id: 'zhangjiang-science-city' }, mark: '张江科学城' }, { role: 'approve' }],
      location: { kind: 'address', address: { status: 'placed' } },
    });
  });

  it('answers not eligible outside the zone and holds an unplaceable address for manual location', async () => {
    const outside = await call(app, enterprise, 'GET', `/api/territory/route?caseType=special-fund&lon=${PEOPLES_SQUARE.lon}&lat=${PEOPLES_SQUARE.lat}`);
    expect(outside.json()).toMatchObject({ status: 'not-eligible', steps: [] });
    const held = await call(app, enterprise, 'GET', `/api/territory/route?caseType=special-fund&address=${encodeURIComponent('金科路')}`);
    expect(held.json()).toMatchObject({ status: 'needs-manual-location', steps: [] });
  });

  it.each([
    ['caseType=nope&lon=121.6&lat=31.205', 'CASE_TYPE_UNKNOWN', 'caseType'],
    ['lon=121.6&lat=31.205', 'CASE_TYPE_UNKNOWN', 'caseType'],
    ['caseType=special-fund&lon=x&lat=31.2', 'COORDINATES_INVALID', 'lon'],
    ['caseType=special-fund&address=', 'ADDRESS_INVALID', 'address'],
  ])('?%s → 400 %s naming %s', async (query, code, field) => {
    const response = await call(app, enterprise, 'GET', `/api/territory/route?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe(code);
    expect(response.json().error.details.fields).toContain(field);
  });
});

describe('layers', () => {
  it('lists every layer with its version in force and provenance', async () => {
    const { layers } = (await call(app, enterprise, 'GET', '/api/territory/layers')).json();
    expect(layers.map((l: { layer: string }) => l.layer)).toEqual(['original', 'expanded', 'towns', 'bodies', 'communities', 'corridors', 'places']);
    expect(layers[2]).toMatchObject({ layer: 'towns', name: '街镇', nameEn: 'Towns', version: 1, origin: 'zone-pack', approximate: true, verified: false, source: 'geo-demo', featureCount: 11, validFrom: null, importable: true });
    expect(layers[6]).toMatchObject({ layer: 'places', importable: false });
  });

  it('serves a layer as GeoJSON with an ETag, and 304 when it has not changed', async () => {
    const response = await call(app, enterprise, 'GET', '/api/territory/layers/towns');
    expect(response.headers['content-type']).toMatch(/^application\/geo\+json/);
    const body = response.json();
    expect(body).toMatchObject({ type: 'FeatureCollection', layerVersion: { layer: 'towns', version: 1, validTo: null } });
    expect(body.features).toHaveLength(11);
    const etag = response.headers.etag as string;
    expect(etag).toMatch(/^"towns-v1-[0-9a-f]{16}"$/);
    const again = await call(app, enterprise, 'GET', '/api/territory/layers/towns', undefined, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
  });

  it.each([
    ['/api/territory/layers/roads', 'TERRITORY_LAYER_UNKNOWN', 'layer'],
    ['/api/territory/layers/towns?asOf=yesterday', 'VALIDATION_FAILED', 'asOf'],
    ['/api/territory/layers/towns?asOf=2026-13-45', 'VALIDATION_FAILED', 'asOf'],
  ])('%s → 400 %s naming %s', async (url, code, field) => {
    const response = await call(app, enterprise, 'GET', url);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code, details: { fields: [field] } });
  });
});

describe('OpenAPI', () => {
  it('documents every territory route', async () => {
    const spec = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(spec.paths).filter((p) => p.startsWith('/api/territory')).sort()).toEqual([
      '/api/territory/layers',
      '/api/territory/layers/{layer}',
      '/api/territory/layers/{layer}/import',
      '/api/territory/resolve',
      '/api/territory/resolve-address',
      '/api/territory/route',
    ]);
  });
});
