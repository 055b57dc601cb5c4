/**
 * 读取边界文件 — the body of an import as a FeatureCollection and the CRS to read it in: GeoJSON (already parsed by
 * the JSON body parser) or a zipped Shapefile (bytes). A CRS given with ?crs= wins over the .prj, because GCJ-02
 * data is routinely exported with a WGS-84 .prj (GIS tools know no GCJ-02); without either it is WGS-84.
 */
import { AppError, isAppError } from '../../../core/errors';
import { type Crs, getCrs } from '../../../core/territory';
import type { ImportReport } from './import/import-report';
import { readZippedShapefile } from './shapefile/read-zipped-shapefile';

export interface BoundaryFile {
  data: unknown;
  crs: Crs;
  crsDeclaredBy: ImportReport['crs']['declaredBy'];
}

export function readBoundaryFile(layer: string, body: unknown, crsParam: string | undefined): BoundaryFile {
  const declared = crsParam === undefined ? null : getCrs(crsParam);
  if (!(body instanceof Uint8Array)) {
    return { data: body, crs: declared ?? 'wgs84', crsDeclaredBy: declared ? 'query' : 'default' };
  }
  try {
    const shapefile = readZippedShapefile(body);
    const crs = declared ?? shapefile.crs ?? 'wgs84';
    return { data: shapefile.collection, crs, crsDeclaredBy: declared ? 'query' : shapefile.crs ? 'prj' : 'default' };
  } catch (error) {
    if (!isAppError(error) || error.code !== 'TERRITORY_IMPORT_INVALID') throw error;
    throw rejectFile(layer, String(error.details['first']), declared ?? 'wgs84', declared ? 'query' : 'default');
  }
}

/** The report of a file that could not even be read: one format problem. */
export function rejectFile(layer: string, reason: string, crs: Crs, declaredBy: ImportReport['crs']['declaredBy']): AppError {
  const report: ImportReport = {
    layer,
    ok: false,
    featureCount: 0,
    crs: { input: crs, declaredBy, convertedToWgs84: crs !== 'wgs84' },
    checks: [{ check: 'format', status: 'failed', method: 'a GeoJSON FeatureCollection, or a zip with one Shapefile (.shp, .dbf, optional .prj and .cpg)' }],
    problems: [{ check: 'format', featureId: null, featureIndex: null, reason }],
    warnings: [],
  };
  return new AppError('TERRITORY_IMPORT_INVALID', { layer, count: 1, first: reason, report });
}
