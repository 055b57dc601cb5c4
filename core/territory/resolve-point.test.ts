import { describe, expect, it } from 'vitest';
import { convertWgs84ToBd09, convertWgs84ToGcj02 } from './crs';
import type { PolygonGeometry } from './geojson';
import { createResolver } from './resolve-point';
import { loadPlaces, loadTestPoints, loadZhangjiangLayers } from './testdata/load-layers';
import { AREA_BY_CODE, type Resolution } from './territory-layers';

const layers = loadZhangjiangLayers();
const resolver = createResolver(layers);

function summarize(answer: Resolution) {
  return { inZone: answer.inZone, area: answer.area, townCode: answer.town?.code ?? null, bodyId: answer.body?.id ?? null };
}

describe('landmarks of places.geojson (pre-classified)', () => {
  const places = loadPlaces().features.map((f) => {
    const p = f.properties!;
    return [p['name'] as string, f.geometry!.coordinates, p] as const;
  });

  it('has the 22 reference places', () => {
    expect(places).toHaveLength(22);
  });

  it.each(places)('%s', (_, [lon, lat], expected) => {
    expect(summarize(resolver.resolve(lon!, lat!))).toEqual({
      inZone: expected['inZone'],
      area: expected['area'],
      townCode: expected['townCode'],
      bodyId: expected['bodyId'],
    });
  });
});

describe('every row of test-points.csv', () => {
  const rows = loadTestPoints();

  it('has the 40 test points', () => {
    expect(rows).toHaveLength(40);
  });

  it.each(rows.map((row) => [row.label, row] as const))('%s', (_, row) => {
    expect(summarize(resolver.resolve(row.lon, row.lat))).toEqual({
      inZone: row.inZone,
      area: row.area,
      townCode: row.townCode,
      bodyId: row.bodyId,
    });
  });
});

describe('outside reference points', () => {
  it.each([
    ['人民广场', 121.4737, 31.2304],
    ['浦东国际机场', 121.805, 31.15],
  ])('%s is outside the zone and in none of the 11 towns', (_, lon, lat) => {
    const answer = resolver.resolve(lon, lat);
    expect(answer).toMatchObject({ inZone: false, area: 'outside', town: null, body: null, community: null, corridor: null });
    expect(answer.onBorder).toEqual([]);
  });

  it('answers the town outside the zone (世纪公园 in 花木) but no body, community or corridor', () => {
    const answer = resolver.resolve(121.547, 31.216);
    expect(answer).toMatchObject({ inZone: false, area: 'outside', town: { code: '310115016', name: '花木街道' }, body: null });
  });
});

describe('the full answer', () => {
  it('names town, body, community and corridor, and repeats the versions and the input', () => {
    expect(resolver.resolve(121.59, 31.197)).toEqual({
      inZone: true,
      area: 'original',
      town: { code: '310115125', name: '张江镇' },
      body: { id: 'zhangjiang', name: '张江科学城（张江科建办/张江管理局）' },
      community: { id: 'community-02', name: '张江中区（城市副中心/科学城中心）' },
      corridor: { id: 'corridor-north', name: '北部“中国芯”' },
      onBorder: [],
      versions: { original: 'demo-1', expanded: 'demo-1', towns: 'demo-1', bodies: 'demo-1', communities: 'demo-1', corridors: 'demo-1' },
      input: { lon: 121.59, lat: 31.197, crs: 'wgs84' },
      wgs84: { lon: 121.59, lat: 31.197 },
    });
  });

  it('reports the versions it was given', () => {
    const versioned = createResolver({ ...layers, versions: { ...layers.versions, bodies: '2025-03-01#7' } });
    expect(versioned.resolve(121.6, 31.2).versions.bodies).toBe('2025-03-01#7');
  });

  it('answers an expansion point with its expansion body (迪士尼 → 度假区管委会)', () => {
    expect(resolver.resolve(121.6578, 31.1433)).toMatchObject({
      area: 'expansion',
      town: { code: '310115103' },
      body: { id: 'resort', name: '上海国际旅游度假区管委会' },
    });
  });
});

describe('input in GCJ-02 and BD-09', () => {
  const places = loadPlaces().features.map((f) => [f.properties!['name'] as string, f.geometry!.coordinates] as const);

  it.each(places)('%s gives the same answer from 高德 (GCJ-02) and 百度 (BD-09) coordinates', (_, [lon, lat]) => {
    const direct = resolver.resolve(lon!, lat!);
    const [gLon, gLat] = convertWgs84ToGcj02(lon!, lat!);
    const [bLon, bLat] = convertWgs84ToBd09(lon!, lat!);
    for (const [x, y, crs] of [[gLon, gLat, 'gcj02'], [bLon, bLat, 'bd09']] as const) {
      const answer = resolver.resolve(x, y, crs);
      expect(summarize(answer)).toEqual(summarize(direct));
      expect(answer.input).toEqual({ lon: x, lat: y, crs });
      expect(Math.abs(answer.wgs84.lon - lon!)).toBeLessThan(1e-8);
      expect(Math.abs(answer.wgs84.lat - lat!)).toBeLessThan(1e-8);
    }
  });

  it('does not treat GCJ-02 input as WGS-84: the ~500 m eastward shift matters near the east edge', () => {
    // Walk east along 31.2°N to the last point in the zone, then step 200 m back inside.
    let lon = 121.6;
    while (resolver.resolve(lon + 0.0005, 31.2).inZone) lon += 0.0005;
    const inside = lon - 0.002;
    const [gLon, gLat] = convertWgs84ToGcj02(inside, 31.2);
    expect(resolver.resolve(inside, 31.2).inZone).toBe(true);
    expect(resolver.resolve(gLon, gLat, 'gcj02').inZone).toBe(true);
    expect(resolver.resolve(gLon, gLat, 'wgs84').inZone).toBe(false);
  });
});

describe('points on borders', () => {
  const original = layers.original.features[0]!.geometry as PolygonGeometry;

  it('a vertex of the 2017 line is in the original area, handled by 张江, flagged on the border', () => {
    for (const [lon, lat] of original.coordinates[0]!) {
      const answer = resolver.resolve(lon!, lat!);
      expect(answer.area).toBe('original');
      expect(answer.body?.id).toBe('zhangjiang');
      expect(answer.onBorder).toContain('original');
      expect(answer.onBorder).toContain('bodies');
    }
  });

  it('a vertex shared by several towns goes to the lowest code, the same way every time', () => {
    const owners = new Map<string, Set<string>>();
    for (const town of layers.towns.features) {
      for (const [lon, lat] of (town.geometry as PolygonGeometry).coordinates[0]!) {
        const key = `${lon},${lat}`;
        owners.set(key, (owners.get(key) ?? new Set()).add(String(town.properties!['code'])));
      }
    }
    const shared = [...owners].filter(([, codes]) => codes.size >= 2);
    expect(shared.length).toBeGreaterThan(20);
    for (const [key, codes] of shared) {
      const [lon, lat] = key.split(',').map(Number) as [number, number];
      const first = resolver.resolve(lon, lat);
      expect(first.town?.code).toBe([...codes].sort()[0]);
      expect(first.onBorder).toContain('towns');
      expect(resolver.resolve(lon, lat)).toEqual(first);
    }
  });
});

describe('batches', () => {
  const rows = loadTestPoints();

  it('resolveMany answers like resolve, point by point', () => {
    const answers = resolver.resolveMany(rows);
    expect(answers.map(summarize)).toEqual(rows.map((row) => summarize(resolver.resolve(row.lon, row.lat))));
  });

  it('resolveMany converts the whole batch from the CRS given', () => {
    const gcj = rows.map((row) => {
      const [lon, lat] = convertWgs84ToGcj02(row.lon, row.lat);
      return { lon, lat };
    });
    expect(resolver.resolveMany(gcj, 'gcj02').map(summarize)).toEqual(resolver.resolveMany(rows).map(summarize));
  });

  it('resolveColumns answers like resolve, and decodes through resolver.features', () => {
    const columns = resolver.resolveColumns(
      Float64Array.from(rows, (r) => r.lon),
      Float64Array.from(rows, (r) => r.lat),
    );
    expect(columns.count).toBe(rows.length);
    rows.forEach((row, i) => {
      expect({
        inZone: columns.area[i] !== 0,
        area: AREA_BY_CODE[columns.area[i]!],
        townCode: resolver.features.towns[columns.town[i]!]?.code ?? null,
        bodyId: resolver.features.bodies[columns.body[i]!]?.id ?? null,
      }).toEqual(summarize(resolver.resolve(row.lon, row.lat)));
    });
  });

  it('resolveColumns reuses columns it is given', () => {
    const first = resolver.resolveColumns([121.6, 121.4737], [31.2, 31.2304]);
    const second = resolver.resolveColumns([121.4737], [31.2304], 'wgs84', first);
    expect(second.area).toBe(first.area);
    expect(second.count).toBe(1);
    expect(second.area[0]).toBe(0);
  });

  it('an empty batch is fine', () => {
    expect(resolver.resolveMany([])).toEqual([]);
    expect(resolver.resolveColumns([], []).count).toBe(0);
  });
});
