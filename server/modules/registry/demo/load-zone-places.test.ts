import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locatePointInPolygon, type PolygonGeometry } from '../../../../core/territory/index';
import { resolveZoneDir } from '../../../platform/zone/load-zone-pack';
import { loadZonePlaces } from './load-zone-places';

const zoneDir = resolveZoneDir('zhangjiang');
const zone = (JSON.parse(readFileSync(join(zoneDir, 'geo', 'zone-expanded.geojson'), 'utf8')) as { features: Array<{ geometry: PolygonGeometry }> })
  .features[0]!.geometry;

describe('loadZonePlaces', () => {
  const places = loadZonePlaces(zoneDir);

  it('reads the towns and their roads from the gazetteer', () => {
    expect(places.roadsFrom).toBe('gazetteer');
    expect(places.towns.length).toBe(11);
  });

  // Most towns lie partly outside the zone (曹路镇 by more than nine tenths): a firm of the zone must not be drawn there.
  it.each(places.towns.map((t) => [t.name, t.code] as const))('draws the points of %s inside the zone', (_name, code) => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 200; i += 1) {
      const point = places.placePoint!(code, random);
      expect(point).not.toBeNull();
      expect(locatePointInPolygon(zone, point![0], point![1])).toBe('inside');
    }
  });

  it('has no point for a town it does not know', () => {
    expect(places.placePoint!('310115999', Math.random)).toBeNull();
  });
});
