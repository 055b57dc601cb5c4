import { describe, expect, it } from 'vitest';
import { convertWgs84ToGcj02, type FeatureCollection } from '../../../../core/territory';
import { loadZhangjiangLayers } from '../../../../core/territory/testdata/load-layers';
import type { ImportCheck } from './import-report';
import { IMPORTABLE_LAYERS, type ImportableLayer, type ImportContext, validateLayerImport } from './validate-layer-import';

// A small zone near Shanghai: the expanded area is x 0–2 × y 0–1 (in hundredths of a degree), the original x 0–1.
const X = (v: number) => 121.5 + v / 100;
const Y = (v: number) => 31.1 + v / 100;
type Ring = number[][];
const rect = (x0: number, y0: number, x1: number, y1: number): Ring => [[X(x0), Y(y0)], [X(x1), Y(y0)], [X(x1), Y(y1)], [X(x0), Y(y1)], [X(x0), Y(y0)]];
const feature = (id: string | undefined, rings: Ring[], extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties: { ...(id === undefined ? {} : { id }), name: id ?? '?', ...extra },
  geometry: { type: 'Polygon', coordinates: rings },
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

const context: ImportContext = {
  expanded: collection(feature('e', [rect(0, 0, 2, 1)])) as FeatureCollection,
  original: collection(feature('o', [rect(0, 0, 1, 1)])) as FeatureCollection,
  bodies: collection(feature('west', [rect(0, 0, 1, 1)]), feature('east', [rect(1, 0, 2, 1)])) as FeatureCollection,
  knownIds: new Set(['west', 'east']),
};
const townContext = { ...context, knownIds: new Set(['310115001', '310115002']) };

interface Case {
  name: string;
  layer: ImportableLayer;
  data: unknown;
  problems: Array<[ImportCheck, string | null, RegExp]>;
  warnings?: Array<[ImportCheck, string | null, RegExp]>;
  context?: ImportContext;
}

const cases: Case[] = [
  { name: 'a clean partition into bodies', layer: 'bodies', data: collection(feature('west', [rect(0, 0, 1.2, 1)]), feature('east', [rect(1.2, 0, 2, 1)])), problems: [] },
  { name: 'bodies that overlap', layer: 'bodies', data: collection(feature('west', [rect(0, 0, 1.3, 1)]), feature('east', [rect(1, 0, 2, 1)])), problems: [['overlap', 'west', /overlaps feature east by about [\d,.]+ (m²|km²) \(\d+ grid samples/]] },
  { name: 'bodies that leave a gap', layer: 'bodies', data: collection(feature('west', [rect(0, 0, 0.8, 1)]), feature('east', [rect(1.2, 0, 2, 1)])), problems: [['gap', null, /leave about .* uncovered/]] },
  { name: 'a body outside the zone', layer: 'bodies', data: collection(feature('west', [rect(0, 0, 1, 1)]), feature('east', [rect(1, 0, 2.5, 1)])), problems: [['containment', 'east', /outside the expanded area.*up to \d+ m/]] },
  { name: 'an unknown body', layer: 'bodies', data: collection(feature('west', [rect(0, 0, 1, 1)]), feature('north', [rect(1, 0, 2, 1)])), problems: [['id', 'north', /not a body of the zone/]] },
  {
    name: 'a ring not closed, a missing id and a duplicate id, all reported',
    layer: 'communities',
    data: collection(feature('c1', [rect(0.1, 0.1, 0.3, 0.3).slice(0, 4)]), feature(undefined, [rect(0.5, 0.1, 0.7, 0.3)]), feature('c3', [rect(1, 0.1, 1.2, 0.3)]), feature('c3', [rect(1.4, 0.1, 1.6, 0.3)])),
    problems: [['ring', 'c1', /ring 0 is not closed/], ['id', null, /has no id/], ['id', 'c3', /duplicate id \(also feature #2\)/]],
  },
  { name: 'a ring that crosses itself', layer: 'original', data: collection(feature('o', [[[X(0), Y(0)], [X(1), Y(1)], [X(1), Y(0)], [X(0), Y(0.5)], [X(0), Y(0)]]])), problems: [['ring', 'o', /crosses itself/]] },
  { name: 'a ring too short', layer: 'corridors', data: collection(feature('k', [[[X(0), Y(0)], [X(1), Y(1)], [X(0), Y(0)]]])), problems: [['ring', 'k', /3 positions/]] },
  { name: 'projected coordinates', layer: 'original', data: collection(feature('o', [[[500000, 3450000], [501000, 3450000], [501000, 3451000], [500000, 3450000]]])), problems: [['crs', 'o', /looks projected/]] },
  { name: 'a point feature', layer: 'communities', data: collection({ type: 'Feature', properties: { id: 'p' }, geometry: { type: 'Point', coordinates: [X(0.5), Y(0.5)] } }), problems: [['geometry', 'p', /not Point/]] },
  { name: 'not a FeatureCollection', layer: 'towns', data: { type: 'Feature' }, problems: [['format', null, /not a GeoJSON FeatureCollection/]] },
  { name: 'an empty layer', layer: 'towns', data: collection(), problems: [['format', null, /no features/]] },
  {
    name: 'towns may extend beyond the zone; a town code is 9 digits; codes outside the zone warn',
    layer: 'towns',
    context: townContext,
    data: collection(feature('310115001', [rect(-1, 0, 1, 1)]), feature('310115009', [rect(1, 0, 3, 1)]), feature('zhangjiang', [rect(0, 1.5, 1, 2)])),
    problems: [['id', 'zhangjiang', /9-digit/]],
    warnings: [['id', '310115009', /not a town of the zone/]],
  },
  {
    name: 'a larger expanded area: the bodies in force no longer cover it (a warning, import bodies next)',
    layer: 'expanded',
    data: collection(feature('e2', [rect(0, 0, 3, 1)])),
    problems: [],
    warnings: [['gap', null, /with the bodies in force, the bodies leave about/]],
  },
  {
    name: 'a smaller expanded area that cuts off the original area (a warning)',
    layer: 'expanded',
    data: collection(feature('e2', [rect(0.5, 0, 2, 1)])),
    problems: [],
    warnings: [['containment', 'o', /the original area in force would lie partly outside/]],
  },
];

describe('validateLayerImport', () => {
  it.each(cases)('$name', (c) => {
    const { report, collection: stored } = validateLayerImport({ layer: c.layer, data: c.data, crs: 'wgs84', crsDeclaredBy: 'default' }, c.context ?? context);
    const found = report.problems.map((p) => [p.check, p.featureId, p.reason]);
    expect(found).toHaveLength(c.problems.length);
    for (const [check, id, reason] of c.problems) expect(found).toContainEqual([check, id, expect.stringMatching(reason)]);
    const warned = report.warnings.map((p) => [p.check, p.featureId, p.reason]);
    expect(warned).toHaveLength(c.warnings?.length ?? 0);
    for (const [check, id, reason] of c.warnings ?? []) expect(warned).toContainEqual([check, id, expect.stringMatching(reason)]);
    expect(report.ok).toBe(c.problems.length === 0);
    expect(stored === null).toBe(!report.ok);
    expect(report.checks.map((s) => s.check)).toEqual(['format', 'id', 'ring', 'crs', 'containment', 'overlap', 'gap']);
  });

  it('converts a layer declared in GCJ-02 to WGS-84 and says so', () => {
    const wgs = rect(0.2, 0.2, 0.8, 0.8);
    const gcj = wgs.map(([x, y]) => convertWgs84ToGcj02(x!, y!));
    const { report, collection: stored } = validateLayerImport({ layer: 'original', data: collection(feature('o', [gcj])), crs: 'gcj02', crsDeclaredBy: 'query' }, context);
    expect(report).toMatchObject({ ok: true, crs: { input: 'gcj02', declaredBy: 'query', convertedToWgs84: true } });
    const ring = (stored!.features[0]!.geometry as unknown as { coordinates: number[][][] }).coordinates[0]!;
    ring.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(wgs[i]![0]!, 8);
      expect(y).toBeCloseTo(wgs[i]![1]!, 8);
    });
  });

  it('names the method of each sampling check', () => {
    const { report } = validateLayerImport({ layer: 'bodies', data: context.bodies, crs: 'wgs84', crsDeclaredBy: 'default' }, context);
    const methods = Object.fromEntries(report.checks.map((c) => [c.check, c.method]));
    expect(methods['overlap']).toMatch(/^grid sampling every \d+ m/);
    expect(methods['gap']).toMatch(/^grid sampling every \d+ m/);
  });

  it('passes every layer of the zone pack as it stands (re-importing the pack changes nothing)', () => {
    const layers = loadZhangjiangLayers();
    const bodies = new Set(layers.bodies.features.map((f) => String(f.properties!['id'])));
    const towns = new Set(layers.towns.features.map((f) => String(f.properties!['id'])));
    const packContext = { expanded: layers.expanded, original: layers.original, bodies: layers.bodies };
    for (const layer of IMPORTABLE_LAYERS) {
      const { report } = validateLayerImport({ layer, data: layers[layer], crs: 'wgs84', crsDeclaredBy: 'default' }, { ...packContext, knownIds: layer === 'towns' ? towns : bodies });
      expect({ layer, problems: report.problems, warnings: report.warnings }).toEqual({ layer, problems: [], warnings: [] });
    }
  });
});
