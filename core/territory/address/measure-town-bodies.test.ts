import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from '../geojson';
import { createResolver } from '../resolve-point';
import type { TerritoryLayers } from '../territory-layers';
import { measureTownBodies } from './measure-town-bodies';

function box(id: string, x0: number, y0: number, x1: number, y1: number, properties: Record<string, unknown> = {}) {
  return {
    type: 'Feature' as const,
    id,
    properties: { name: id, ...properties },
    geometry: { type: 'Polygon' as const, coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] },
  };
}

const collection = (...features: ReturnType<typeof box>[]): FeatureCollection => ({ type: 'FeatureCollection', features });

// The zone is x 0–2, y 0–1 (in hundredths of a degree near Shanghai). Body west covers x 0–1, east x 1–2.
// Town A (x 0.1–0.9) lies wholly in west; town B (x 0.5–1.5) is split; town C (x 1.5–2.5) is half outside; town D
// pokes 0.5 % of its area into east, which counts as a drawing artefact.
const o = (v: number) => 121.5 + v / 100;
const p = (v: number) => 31.1 + v / 100;
const layers: TerritoryLayers = {
  original: collection(box('o', o(0), p(0), o(1), p(1))),
  expanded: collection(box('e', o(0), p(0), o(2), p(1))),
  towns: collection(
    box('310115001', o(0.1), p(0.1), o(0.9), p(0.3), { code: '310115001' }),
    box('310115002', o(0.5), p(0.35), o(1.5), p(0.6), { code: '310115002' }),
    box('310115003', o(1.5), p(0.65), o(2.5), p(0.95), { code: '310115003' }),
    box('310115004', o(0.2), p(0.65), o(1.004), p(0.95), { code: '310115004' }),
  ),
  bodies: collection(box('west', o(0), p(0), o(1), p(1)), box('east', o(1), p(0), o(2), p(1))),
  communities: collection(),
  corridors: collection(),
  versions: { original: '1', expanded: '1', towns: '1', bodies: '1', communities: '1', corridors: '1' },
};

describe('measureTownBodies', () => {
  const measured = measureTownBodies(createResolver(layers), layers.towns, { stepDeg: 0.0002 });

  it.each([
    ['310115001', ['west'], false],
    ['310115002', ['east', 'west'], false],
    ['310115003', ['east'], true],
    ['310115004', ['west'], false],
  ])('town %s lies in %j (partly outside: %s)', (code, bodies, partlyOutside) => {
    expect(measured.get(code)).toEqual({ bodies, partlyOutside });
  });

  it('keeps a small share when the threshold is lowered', () => {
    const strict = measureTownBodies(createResolver(layers), layers.towns, { stepDeg: 0.0002, minShare: 0 });
    expect(strict.get('310115004')?.bodies).toEqual(['east', 'west']);
  });
});
