/**
 * 图层数据 — GET /api/territory/layers/{layer}[?asOf=]: the GeoJSON of the version in force now or at a date, with
 * the version's metadata as a foreign member (`layerVersion`), and an ETag naming version and content so that a map
 * revalidates with a 304.
 */
import type pg from 'pg';
import { AppError } from '../../../core/errors';
import { findVersionAsOf, listCatalogue, type LayerVersionRow } from './territory.repository';

export interface LayerDocument {
  etag: string;
  isCurrent: boolean;
  body: string;
}

/** A date (YYYY-MM-DD, read as midnight in Shanghai) or an ISO date-time with its offset. */
export function parseAsOf(value: string | undefined, field = 'asOf'): Date | null {
  if (value === undefined || value === '') return null;
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+08:00` : value;
  const date = /^\d{4}-\d{2}-\d{2}T/.test(text) ? new Date(text) : new Date(NaN);
  if (Number.isNaN(date.getTime())) {
    throw new AppError('VALIDATION_FAILED', { issues: [`${field}: must be a date (2026-01-01) or an ISO date-time, got ${JSON.stringify(value)}`], fields: [field] });
  }
  return date;
}

export async function getLayer(pool: pg.Pool, zoneId: string, layer: string, asOfParam: string | undefined): Promise<LayerDocument> {
  const asOf = parseAsOf(asOfParam);
  const catalogue = await listCatalogue(pool, zoneId);
  if (!catalogue.some((row) => row.layer === layer)) {
    throw new AppError('TERRITORY_LAYER_UNKNOWN', { field: 'layer', fields: ['layer'], layer, known: catalogue.map((r) => r.layer).join(', ') });
  }
  const version = await findVersionAsOf(pool, zoneId, layer, asOf);
  if (!version) throw new AppError('NOT_FOUND', { what: `layer ${layer} as of ${asOfParam}: no version was in force then` });
  return {
    etag: `"${layer}-v${version.version}-${version.contentHash.slice(0, 16)}"`,
    isCurrent: version.validTo === null,
    body: JSON.stringify({ ...version.geojson, layerVersion: describeVersion(version) }),
  };
}

function describeVersion(version: LayerVersionRow) {
  return {
    layer: version.layer,
    version: version.version,
    origin: version.origin,
    source: version.source,
    verified: version.verified,
    approximate: version.approximate,
    featureCount: version.featureCount,
    validFrom: version.validFrom?.toISOString() ?? null,
    validTo: version.validTo?.toISOString() ?? null,
    contentHash: version.contentHash,
  };
}
