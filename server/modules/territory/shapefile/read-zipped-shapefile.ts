/**
 * 读取压缩的 Shapefile — a .zip holding one layer's .shp, .dbf and optionally .prj and .cpg (at any folder depth,
 * any case) → a GeoJSON FeatureCollection with the DBF attributes as properties, and the CRS the .prj declares.
 */
import { unzipSync } from 'fflate';
import { AppError } from '../../../../core/errors';
import type { FeatureCollection } from '../../../../core/territory';
import { readDbf } from './read-dbf';
import { readPrj } from './read-prj';
import { readShp } from './read-shp';

export interface ShapefileReading {
  readonly collection: FeatureCollection;
  /** wgs84 when a .prj says so; null without a .prj. */
  readonly crs: 'wgs84' | null;
  readonly encoding: string;
}

export function readZippedShapefile(zip: Uint8Array): ShapefileReading {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, { filter: (file) => /\.(shp|dbf|prj|cpg)$/i.test(file.name) && !file.name.startsWith('__MACOSX/') });
  } catch (error) {
    throw invalid(`not a readable zip file (${(error as Error).message})`);
  }
  const byExtension = (ext: string) => Object.keys(files).filter((name) => name.toLowerCase().endsWith(ext));
  const shps = byExtension('.shp');
  if (shps.length !== 1) throw invalid(shps.length === 0 ? 'the zip holds no .shp file' : `the zip holds ${shps.length} .shp files (${shps.join(', ')}); zip one layer at a time`);
  const base = shps[0]!.slice(0, -4).toLowerCase();
  const sibling = (ext: string) => Object.keys(files).find((name) => name.toLowerCase() === `${base}${ext}`);
  const dbfName = sibling('.dbf');
  if (!dbfName) throw invalid(`the zip has ${shps[0]} but no ${shps[0]!.slice(0, -4)}.dbf with its attributes`);
  const prjName = sibling('.prj');
  const cpgName = sibling('.cpg');
  const shapes = readShp(files[shps[0]!]!);
  const table = readDbf(files[dbfName]!, cpgName ? new TextDecoder().decode(files[cpgName]!) : undefined);
  if (table.records.length !== shapes.length) {
    throw invalid(`the .shp has ${shapes.length} shapes but the .dbf ${table.records.length} records`);
  }
  const crs = prjName ? readPrj(new TextDecoder().decode(files[prjName]!)).crs : null;
  return {
    collection: {
      type: 'FeatureCollection',
      features: shapes.map((geometry, i) => ({ type: 'Feature', properties: table.records[i]!, geometry })),
    },
    crs,
    encoding: table.encoding,
  };
}

function invalid(reason: string): AppError {
  return new AppError('TERRITORY_IMPORT_INVALID', { layer: '-', count: 1, first: reason, report: null });
}
