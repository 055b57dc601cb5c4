/**
 * Test and benchmark helper (not library code): reads the Zhangjiang zone pack's GeoJSON and the test points from
 * disk. The library itself never touches the file system.
 */
// Fixtures are files; only tests and benchmarks import this module, never library code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, PointGeometry } from '../geojson';
import type { TerritoryLayerName, TerritoryLayers, ZoneArea } from '../territory-layers';

const geoDir = fileURLToPath(new URL('../../../zones/zhangjiang/geo/', import.meta.url));
const testPointsFile = fileURLToPath(new URL('./test-points.csv', import.meta.url));

const layerFiles: Record<TerritoryLayerName, string> = {
  original: 'zone-original.geojson',
  expanded: 'zone-expanded.geojson',
  towns: 'towns.geojson',
  bodies: 'bodies.geojson',
  communities: 'communities.geojson',
  corridors: 'zones.geojson',
};

export function readGeoJson<G = never>(file: string): FeatureCollection<G> {
  return JSON.parse(readFileSync(geoDir + file, 'utf8')) as FeatureCollection<G>;
}

/** The demo layers of the zone pack, each at version `demo-1`. */
export function loadZhangjiangLayers(): TerritoryLayers {
  const entries = Object.entries(layerFiles).map(([name, file]) => [name, readGeoJson(file)]);
  const versions = Object.fromEntries(Object.keys(layerFiles).map((name) => [name, 'demo-1']));
  return { ...Object.fromEntries(entries), versions } as TerritoryLayers;
}

export function loadPlaces(): FeatureCollection<PointGeometry> {
  return readGeoJson<PointGeometry>('places.geojson');
}

/** One row of test-points.csv. */
export interface TestPoint {
  readonly lon: number;
  readonly lat: number;
  readonly inZone: boolean;
  readonly area: ZoneArea;
  readonly townCode: string | null;
  readonly bodyId: string | null;
  readonly label: string;
}

export function loadTestPoints(): TestPoint[] {
  const [header, ...rows] = readFileSync(testPointsFile, 'utf8').trim().split(/\r?\n/);
  if (header !== 'lon,lat,expected_in_zone,expected_area,expected_town_code,expected_body_id,label') {
    throw new Error(`unexpected header in test-points.csv: ${header}`);
  }
  return rows.map((row) => {
    const cells = splitCsvRow(row);
    if (cells.length !== 7) throw new Error(`test-points.csv: expected 7 cells in ${row}`);
    const [lon, lat, inZone, area, townCode, bodyId, label] = cells as [string, string, string, string, string, string, string];
    return {
      lon: Number(lon),
      lat: Number(lat),
      inZone: inZone === 'true',
      area: area as ZoneArea,
      townCode: townCode === '' ? null : townCode,
      bodyId: bodyId === '' ? null : bodyId,
      label,
    };
  });
}

function splitCsvRow(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const ch = row[i]!;
    if (quoted) {
      if (ch === '"' && row[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}
