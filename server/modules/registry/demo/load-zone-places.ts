/**
 * 园区地点（读盘） — the zone's towns with their roads from the zone pack (gazetteer.yaml for roads,
 * organisations.yaml for names, geo/towns.geojson and geo/zone-expanded.geojson for shapes), for the synthetic
 * registry. Falls back to the generator's own town list when the gazetteer is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { locatePointInPolygon, type MultiPolygonGeometry, type PolygonGeometry } from '../../../../core/territory/index';
import { FALLBACK_ZONE_TOWNS, TOWN_WEIGHTS, type SyntheticTown } from '../../../../core/registry/synthetic/index';

/** The zone's towns and where their roads came from. */
export interface ZonePlaces {
  readonly towns: readonly SyntheticTown[];
  readonly roadsFrom: 'gazetteer' | 'fallback';
  readonly placePoint: ((townCode: string, random: () => number) => readonly [number, number] | null) | undefined;
}

export function loadZonePlaces(zoneDir: string): ZonePlaces {
  const gazetteerFile = join(zoneDir, 'gazetteer.yaml');
  const organisationsFile = join(zoneDir, 'organisations.yaml');
  let towns: readonly SyntheticTown[] = FALLBACK_ZONE_TOWNS;
  let roadsFrom: ZonePlaces['roadsFrom'] = 'fallback';
  if (existsSync(gazetteerFile) && existsSync(organisationsFile)) {
    const gazetteer = parse(readFileSync(gazetteerFile, 'utf8')) as { towns?: Array<{ town: string; roads?: string[] }> };
    const organisations = parse(readFileSync(organisationsFile, 'utf8')) as { units?: Array<{ id: string; kind: string; name: string }> };
    const names = new Map((organisations.units ?? []).filter((u) => u.kind === 'town').map((u) => [u.id, u.name]));
    const fromPack = (gazetteer.towns ?? [])
      .filter((t) => names.has(t.town) && (t.roads?.length ?? 0) > 0)
      .map((t) => ({ code: t.town, name: names.get(t.town)!, roads: t.roads!, weight: TOWN_WEIGHTS[t.town] ?? 3 }));
    if (fromPack.length > 0) {
      towns = fromPack;
      roadsFrom = 'gazetteer';
    }
  }
  return { towns, roadsFrom, placePoint: loadPlacePoint(join(zoneDir, 'geo', 'towns.geojson'), join(zoneDir, 'geo', 'zone-expanded.geojson')) };
}

type Shape = { readonly geometry: PolygonGeometry | MultiPolygonGeometry; readonly box: readonly [number, number, number, number] };

/**
 * Rejection sampling inside the part of a town's polygon that lies in the zone (the expanded area, which holds the
 * original one), within the overlap of their bounding boxes. Most of the zone's towns lie partly outside it: a point
 * drawn anywhere in the town put a third of the "in the zone" firms outside, where the resolver rightly found them.
 */
function loadPlacePoint(townsFile: string, zoneFile: string): ZonePlaces['placePoint'] {
  if (!existsSync(townsFile)) return undefined;
  const towns = readShapes(townsFile);
  const zone = existsSync(zoneFile) ? [...readShapes(zoneFile).values()] : [];
  const inZone = (lon: number, lat: number) => zone.length === 0 || zone.some((z) => locatePointInPolygon(z.geometry, lon, lat) === 'inside');
  return (townCode, random) => {
    const shape = towns.get(townCode);
    if (!shape) return null;
    const [x0, y0, x1, y1] = zone.reduce<readonly [number, number, number, number]>(
      (box, z) => [Math.max(box[0], z.box[0]), Math.max(box[1], z.box[1]), Math.min(box[2], z.box[2]), Math.min(box[3], z.box[3])],
      shape.box,
    );
    if (x0 >= x1 || y0 >= y1) return null;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const lon = x0 + random() * (x1 - x0);
      const lat = y0 + random() * (y1 - y0);
      if (locatePointInPolygon(shape.geometry, lon, lat) === 'inside' && inZone(lon, lat)) return [lon, lat];
    }
    return null;
  };
}

/** The smallest town share in the zone is under a tenth of its box: 300 draws miss it about once in 10^11. */
const MAX_ATTEMPTS = 300;

/** A GeoJSON file's polygons by their code (or id), each with its bounding box. */
function readShapes(file: string): Map<string, Shape> {
  const collection = JSON.parse(readFileSync(file, 'utf8')) as {
    features: Array<{ properties: { id?: string; code?: string | null }; geometry: PolygonGeometry | MultiPolygonGeometry }>;
  };
  const shapes = new Map<string, Shape>();
  for (const feature of collection.features) {
    const code = feature.properties.code ?? feature.properties.id;
    if (!code) continue;
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    const rings = feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
    for (const ring of rings) {
      for (const [lon, lat] of ring as ReadonlyArray<readonly [number, number]>) {
        box[0] = Math.min(box[0], lon);
        box[1] = Math.min(box[1], lat);
        box[2] = Math.max(box[2], lon);
        box[3] = Math.max(box[3], lat);
      }
    }
    shapes.set(code, { geometry: feature.geometry, box });
  }
  return shapes;
}
