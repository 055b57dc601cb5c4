/**
 * 导入边界图层 — an administrator replaces a layer with official boundaries: the file is read (GeoJSON or zipped
 * Shapefile, in a declared CRS), validated against the layers in force, and — unless it is a dry run or the report
 * has any problem — stored as the next version, in force from now, closing the previous one, with its audit record
 * in the same transaction. On any problem nothing changes and the report travels in the error.
 */
import type pg from 'pg';
import { AppError } from '../../../core/errors';
import { writeAudit, type AuditEntry } from '../../platform/audit';
import { inTransaction } from '../../platform/db/transaction';
import { hashJson } from '../../platform/zone/hash-zone-pack';
import type { ImportReport } from './import/import-report';
import { IMPORTABLE_LAYERS, type ImportableLayer, validateLayerImport } from './import/validate-layer-import';
import { readBoundaryFile } from './read-boundary-file';
import type { TerritoryState } from './territory-state';

export interface ImportLayerInput {
  layer: string;
  /** Parsed GeoJSON, or the bytes of a zip. */
  body: unknown;
  crs?: string | undefined;
  dryRun?: boolean | undefined;
  source?: string | undefined;
  verified?: boolean | undefined;
  approximate?: boolean | undefined;
}

/** 导入结果 */
export interface ImportLayerResult {
  dryRun: boolean;
  layer: string;
  /** The new version; null for a dry run. */
  version: number | null;
  previousVersion: number;
  validFrom: string | null;
  contentHash: string | null;
  report: ImportReport;
}

export type ImportAuditMeta = Pick<AuditEntry, 'actorUserId' | 'actingUnitId' | 'requestId' | 'clientAddress'>;

export async function importLayer(pool: pg.Pool, zoneId: string, state: TerritoryState, input: ImportLayerInput, meta: ImportAuditMeta): Promise<ImportLayerResult> {
  const layer = checkLayer(input.layer);
  const file = readBoundaryFile(layer, input.body, input.crs);
  // At most a refresh interval old; the transaction below refuses the import if the layers changed meanwhile.
  const territory = await state.current();
  const knownIds = new Set(
    territory.units.filter((u) => u.kind === (layer === 'towns' ? 'town' : 'body')).map((u) => (layer === 'towns' ? u.code ?? u.id : u.id)),
  );
  const { report, collection } = validateLayerImport(
    { layer, data: file.data, crs: file.crs, crsDeclaredBy: file.crsDeclaredBy },
    { expanded: territory.layers.expanded, original: territory.layers.original, bodies: territory.layers.bodies, knownIds },
  );
  if (!report.ok || collection === null) {
    throw new AppError('TERRITORY_IMPORT_INVALID', { layer, count: report.problems.length, first: describeFirst(report), report });
  }
  const previousVersion = territory.versions[layer];
  if (input.dryRun) return { dryRun: true, layer, version: null, previousVersion, validFrom: null, contentHash: null, report };

  const contentHash = hashJson(collection);
  const stored = await inTransaction(pool, async (client) => {
    await client.query(`select pg_advisory_xact_lock(hashtextextended('zjsc:territory-layers', 0))`);
    const current = await client.query<{ version: number; contentHash: string; source: string; verified: boolean }>(
      `select version, content_hash as "contentHash", source, verified from territory_layer_versions
        where zone_id = $1 and layer = $2 and valid_to is null for update`,
      [zoneId, layer],
    );
    // Validated against the layers this node had; another import since then may have changed them.
    const inForce = await client.query<{ key: string }>(
      `select string_agg(layer || ':' || version, ',' order by layer) as key from territory_layer_versions where zone_id = $1 and valid_to is null`,
      [zoneId],
    );
    if (territory.key.split('|')[0] !== (inForce.rows[0]?.key ?? '')) throw new AppError('CONFLICT');
    const before = current.rows[0];
    const version = (before?.version ?? 0) + 1;
    await client.query('update territory_layer_versions set valid_to = now() where zone_id = $1 and layer = $2 and valid_to is null', [zoneId, layer]);
    const inserted = await client.query<{ validFrom: Date }>(
      `insert into territory_layer_versions
              (zone_id, layer, version, geojson, content_hash, feature_count, source, verified, approximate, origin, input_crs,
               imported_by, report, valid_from)
       values ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, 'import', $10, $11, $12::jsonb, now())
       returning valid_from as "validFrom"`,
      [zoneId, layer, version, JSON.stringify(collection), contentHash, report.featureCount, input.source ?? 'import', input.verified ?? false,
        input.approximate ?? false, file.crs, meta.actorUserId, JSON.stringify(report)],
    );
    await writeAudit(client, {
      ...meta,
      capacity: 'own',
      action: 'territory.layer.import',
      objectType: 'territory-layer',
      objectId: layer,
      before: before ? { version: before.version, contentHash: before.contentHash, source: before.source, verified: before.verified } : null,
      after: { version, contentHash, featureCount: report.featureCount, source: input.source ?? 'import', verified: input.verified ?? false, inputCrs: file.crs, warnings: report.warnings.length },
    });
    return { version, validFrom: inserted.rows[0]!.validFrom };
  });
  await state.reload();
  return { dryRun: false, layer, version: stored.version, previousVersion, validFrom: stored.validFrom.toISOString(), contentHash, report };
}

export function checkLayer(layer: string, field = 'layer'): ImportableLayer {
  if (!(IMPORTABLE_LAYERS as readonly string[]).includes(layer)) {
    throw new AppError('TERRITORY_LAYER_UNKNOWN', { field, fields: [field], layer, known: IMPORTABLE_LAYERS.join(', ') });
  }
  return layer as ImportableLayer;
}

function describeFirst(report: ImportReport): string {
  const first = report.problems[0];
  if (!first) return '';
  return `${first.featureId === null ? '' : `feature ${first.featureId}: `}${first.reason}`;
}
