/**
 * `zjsc territory resolve LON LAT [--crs gcj02] [--from db|pack]` and `zjsc territory import LAYER FILE [--crs gcj02]
 * [--dry-run] [--source S] [--verified]`. Resolving needs no running server: it reads the layers in force from the
 * database (the default when DATABASE_URL is set) or straight from the zone pack on disk (the default otherwise,
 * so it also works while the embedded database is held by a running server). An import goes through the same
 * validation and versioning as the API and is audited without a user.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { AppError, isAppError } from '../../core/errors';
import type { Crs, FeatureCollection } from '../../core/territory';
import type { ZonePack } from '../../core/zone';
import { buildTerritory, createTerritoryState, importLayer, presentResolution, syncPackLayerVersions } from '../modules/territory';
import type { Config } from '../platform/config';
import { migrate } from '../platform/db/migrate';
import { applyZonePack } from '../platform/zone/apply-zone-pack';
import { loadZonePack, resolveZoneDir } from '../platform/zone/load-zone-pack';
import { withDatabase } from './db-commands';

export async function territoryResolveCommand(args: string[], config: Config): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { crs: { type: 'string', default: 'wgs84' }, from: { type: 'string' } },
    allowPositionals: true,
    allowNegative: false,
    strict: true,
  });
  const [lonText, latText] = positionals;
  const lon = lonText === undefined ? undefined : Number(lonText);
  const lat = latText === undefined ? undefined : Number(latText);
  const from = values.from ?? (config.databaseUrl ? 'db' : 'pack');
  if (from !== 'db' && from !== 'pack') throw new AppError('VALIDATION_FAILED', { issues: ['--from: must be db or pack'] });
  if (from === 'pack') {
    const territory = buildPackTerritory(await loadZonePack(resolveZoneDir(config.zone)));
    print({ from: 'zone pack', ...presentResolution(territory, territory.resolver.resolve(lon as number, lat as number, values.crs as Crs)) });
    return;
  }
  await withDatabase(config, async (db) => {
    await migrate(db.pool);
    const pack = await loadZonePack(resolveZoneDir(config.zone));
    await applyZonePack(db.pool, pack);
    await syncPackLayerVersions(db.pool, pack.zone.id);
    const territory = await createTerritoryState(db.pool, pack.zone.id).reload();
    print({ from: 'database', ...presentResolution(territory, territory.resolver.resolve(lon as number, lat as number, values.crs as Crs)) });
  });
}

export async function territoryImportCommand(args: string[], config: Config): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { crs: { type: 'string' }, 'dry-run': { type: 'boolean' }, source: { type: 'string' }, verified: { type: 'boolean' }, approximate: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const [layer, file] = positionals;
  if (!layer || !file) throw new AppError('VALIDATION_FAILED', { issues: ['LAYER and FILE are required: zjsc territory import LAYER FILE'] });
  const bytes = await readFile(file);
  const body = /\.zip$/i.test(file) ? new Uint8Array(bytes) : parseJsonFile(file, bytes);
  await withDatabase(config, async (db) => {
    await migrate(db.pool);
    const pack = await loadZonePack(resolveZoneDir(config.zone));
    await applyZonePack(db.pool, pack);
    await syncPackLayerVersions(db.pool, pack.zone.id);
    const state = createTerritoryState(db.pool, pack.zone.id);
    try {
      const result = await importLayer(
        db.pool,
        pack.zone.id,
        state,
        { layer, body, crs: values.crs, dryRun: values['dry-run'], source: values.source ?? `file:${file.split('/').pop()}`, verified: values.verified, approximate: values.approximate },
        { actorUserId: null, actingUnitId: null, requestId: null, clientAddress: null },
      );
      print(result);
    } catch (error) {
      // The report is the point of a failed import: print every problem before the one-line error.
      if (isAppError(error) && error.code === 'TERRITORY_IMPORT_INVALID') print(error.details['report']);
      throw error;
    }
  });
}

/** The zone pack's own layers (each as version 1), units and rules, as the server would build them from the database. */
function buildPackTerritory(pack: ZonePack) {
  const versions = pack.layers.map((layer) => ({
    layer: layer.layer, version: 1, geojson: layer.geojson as unknown as FeatureCollection, contentHash: '', featureCount: layer.geojson.features.length,
    source: layer.source, verified: layer.verified, approximate: layer.approximate, origin: 'zone-pack' as const, validFrom: null, validTo: null,
  }));
  const units = pack.units.map((u) => ({
    id: u.id, kind: u.kind, name: u.name, nameEn: u.nameEn, code: 'code' in u ? u.code : null,
    area: u.kind === 'body' ? u.area : null, approvalMark: u.kind === 'body' ? u.approvalMark : null,
  }));
  const rules = new Map<string, unknown>([...(pack.gazetteer ? [['gazetteer', pack.gazetteer] as const] : []), ...(pack.routing ? [['routing', pack.routing] as const] : [])]);
  return buildTerritory('pack', versions, units, rules);
}

function parseJsonFile(file: string, bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch (error) {
    throw new AppError('MALFORMED_JSON', { reason: `${file}: ${(error as Error).message}` });
  }
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
