/**
 * 演示企业清单 — on a demo start with an empty registry: a synthetic registry of the zone (≈30,000 firms over the
 * four sources; 税务 and 统计名录 with GBK text or as XLSX) written under DATA_DIR/demo-registry with its ground
 * truth, imported through the same pipeline as any upload, then resolved once. Files already there are reused
 * (same seed, same files: an interrupted load resumes, each file imported once by its sha256). The firms the demo
 * accounts act for are listed too (importDemoAccountEnterprises), also into a registry loaded before they were.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { createTerritoryState } from '../../territory';
import { importRegistryFile } from '../import/import-registry-file';
import { resolveRegistry, type ResolutionStats } from '../resolve/resolve-registry';
import { trackDemoRegistryLoad } from './demo-registry-status';
import { importDemoAccountEnterprises } from './import-demo-account-enterprises';
import { loadZonePlaces } from './load-zone-places';
import { writeSyntheticRegistry, type SyntheticManifest } from './write-synthetic-registry';

export interface DemoRegistryOptions {
  readonly dataDir: string;
  /** The zone pack folder (roads and town shapes for the synthetic addresses and coordinates). */
  readonly zoneDir: string;
  readonly count?: number;
  readonly seed?: number;
  readonly signal?: AbortSignal;
}

export type DemoRegistryResult =
  | { readonly loaded: false; readonly reason: string }
  | { readonly loaded: true; readonly dir: string; readonly records: number; readonly imported: number; readonly stats: ResolutionStats; readonly ms: number };

/** The load, reported as running on GET /api/health until it settles (getDemoRegistryStatus). */
export function loadDemoRegistry(pool: pg.Pool, zoneId: string, options: DemoRegistryOptions): Promise<DemoRegistryResult> {
  return trackDemoRegistryLoad(() => load(pool, zoneId, options));
}

async function load(pool: pg.Pool, zoneId: string, options: DemoRegistryOptions): Promise<DemoRegistryResult> {
  const started = performance.now();
  const count = options.count ?? 30_000;
  const seed = options.seed ?? 20261128;
  const dir = path.join(options.dataDir, 'demo-registry');
  const manifestFile = path.join(dir, 'manifest.json');
  const existing = existsSync(manifestFile) ? (JSON.parse(await readFile(manifestFile, 'utf8')) as SyntheticManifest) : null;
  const { rows } = await pool.query<{ records: number; demo: number }>(
    `select (select count(*) from registry_records where zone_id = $1) as records,
            (select count(*) from registry_import_batches where zone_id = $1 and status = 'done' and file_name like 'demo:%') as demo`,
    [zoneId],
  );
  const { records, demo } = rows[0]!;
  const places = loadZonePlaces(options.zoneDir);
  if (records > 0 && !(existing && demo > 0 && demo < existing.sources.length)) {
    // A registry loaded before the demo accounts' firms were listed gets them now (once: the files are the same).
    if ((await importDemoAccountEnterprises(pool, zoneId, dir, places, options.signal)) > 0) await resolveRegistry(pool, zoneId, await createTerritoryState(pool, zoneId).reload());
    return { loaded: false, reason: 'the registry already has records' };
  }

  const manifest =
    existing && existing.seed === seed && existing.enterprises === count
      ? existing
      : await writeSyntheticRegistry({ out: dir, count, seed, sources: ['market-regulation', 'tax', 'statistics', 'body-list'], xlsxSources: ['statistics'], places });
  let imported = 0;
  for (const source of manifest.sources) {
    const result = await importRegistryFile(
      pool,
      zoneId,
      { sourceId: source.source, filePath: path.join(dir, source.file), fileName: `demo:${source.file}` },
      { nextStage: 'done', ...(options.signal ? { signal: options.signal } : {}) },
    );
    if (!result.duplicate) imported += 1;
  }
  imported += await importDemoAccountEnterprises(pool, zoneId, dir, places, options.signal);
  const territory = await createTerritoryState(pool, zoneId).reload();
  const stats = await resolveRegistry(pool, zoneId, territory);
  return { loaded: true, dir, records: manifest.records, imported, stats, ms: Math.round(performance.now() - started) };
}
