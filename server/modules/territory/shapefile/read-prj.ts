/**
 * .prj 读取 — the coordinate system of a Shapefile, as WKT. Geographic WGS-84 is read as is; CGCS2000 differs from
 * WGS-84 by centimetres and is read as WGS-84 too. Projected systems (metres) and other datums (Beijing 1954,
 * Xi'an 1980) are refused with what to do. GCJ-02 and BD-09 have no WKT: declare them with ?crs=.
 */
import { AppError } from '../../../../core/errors';

export interface PrjReading {
  readonly crs: 'wgs84';
  readonly name: string;
}

export function readPrj(text: string): PrjReading {
  const wkt = text.trim();
  const name = /^\w+\["([^"]+)"/.exec(wkt)?.[1] ?? wkt.slice(0, 60);
  if (/^PROJCS\[|^PROJCRS\[/i.test(wkt)) {
    throw invalid(`the .prj declares the projected system "${name}" (metres); export the layer in geographic WGS-84 (EPSG:4326)`);
  }
  const normalized = wkt.toUpperCase().replace(/[\s_-]/g, '');
  if (normalized.includes('WGS1984') || normalized.includes('WGS84') || normalized.includes('CGCS2000') || normalized.includes('CHINAGEODETICCOORDINATESYSTEM2000')) {
    return { crs: 'wgs84', name };
  }
  throw invalid(`the .prj declares "${name}", which is not supported; export the layer in WGS-84 (or CGCS2000), or in GCJ-02 / BD-09 with ?crs=`);
}

function invalid(reason: string): AppError {
  return new AppError('TERRITORY_IMPORT_INVALID', { layer: '-', count: 1, first: reason, report: null });
}
