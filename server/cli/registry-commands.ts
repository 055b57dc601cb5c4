/**
 * `zjsc registry import --source NAME FILE [--no-resolve]` and `zjsc registry resolve`. An import goes through the
 * same checks and reading as an upload, in the foreground with a progress bar on stderr, then resolves the zone
 * again (unless --no-resolve, e.g. before importing the next source). Both need the database to themselves when it
 * is the embedded one (stop the server first), like the other database commands.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../../core/errors';
import { createTerritoryState, syncPackLayerVersions } from '../modules/territory';
import { finishBatch, importRegistryFile, resolveRegistry, type ImportProgress } from '../modules/registry';
import type { Config } from '../platform/config';
import type { Database } from '../platform/db/open-database';
import { migrate } from '../platform/db/migrate';
import { applyZonePack } from '../platform/zone/apply-zone-pack';
import { loadZonePack, resolveZoneDir } from '../platform/zone/load-zone-pack';
import { withDatabase } from './db-commands';

export async function registryImportCommand(args: string[], config: Config): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { source: { type: 'string' }, 'no-resolve': { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const [file] = positionals;
  if (!values.source || !file) throw new AppError('VALIDATION_FAILED', { issues: ['--source NAME and FILE are required: zjsc registry import --source NAME FILE'] });
  if (!existsSync(file)) throw new AppError('VALIDATION_FAILED', { issues: [`FILE: ${file} does not exist`] });
  await withRegistryDatabase(config, async (db, zoneId) => {
    const bar = progressBar();
    const resolve = !values['no-resolve'];
    const { batch, duplicate } = await importRegistryFile(db.pool, zoneId, { sourceId: values.source!, filePath: file }, { onProgress: bar.update, nextStage: resolve ? 'resolving' : 'done' });
    bar.done();
    if (duplicate) {
      print({ duplicate: true, note: 'this file was imported before (same sha256); nothing changed', batch });
      return;
    }
    print({ batch });
    if (resolve) {
      print({ resolution: await resolveRegistry(db.pool, zoneId, await createTerritoryState(db.pool, zoneId).reload()) });
      await finishBatch(db.pool, batch.id);
    }
  });
}

export async function registryResolveCommand(_args: string[], config: Config): Promise<void> {
  await withRegistryDatabase(config, async (db, zoneId) => {
    print({ resolution: await resolveRegistry(db.pool, zoneId, await createTerritoryState(db.pool, zoneId).reload()) });
  });
}

/** The database brought up to date with the code and the zone pack (sources, templates, layers), as a start does. */
async function withRegistryDatabase(config: Config, work: (db: Database, zoneId: string) => Promise<void>): Promise<void> {
  const pack = await loadZonePack(resolveZoneDir(config.zone));
  await withDatabase(config, async (db) => {
    await migrate(db.pool);
    await applyZonePack(db.pool, pack);
    await syncPackLayerVersions(db.pool, pack.zone.id);
    await work(db, pack.zone.id);
  });
}

/** 进度条 — on stderr, redrawn in place on a terminal, a line every 10 % otherwise. */
function progressBar(): { update: (progress: ImportProgress) => void; done: () => void } {
  const isTty = process.stderr.isTTY === true;
  let lastTenth = -1;
  const started = performance.now();
  return {
    update({ rowsRead, bytesRead, totalBytes }) {
      const share = totalBytes > 0 ? Math.min(1, bytesRead / totalBytes) : 0;
      const seconds = (performance.now() - started) / 1000;
      const line = `[${'#'.repeat(Math.round(share * 30)).padEnd(30, '.')}] ${(share * 100).toFixed(0).padStart(3)}%  ${rowsRead.toLocaleString('en')} rows  ${mb(bytesRead)}/${mb(totalBytes)} MB  ${seconds.toFixed(0)} s`;
      if (isTty) process.stderr.write(`\r${line}`);
      else if (Math.floor(share * 10) > lastTenth) {
        lastTenth = Math.floor(share * 10);
        process.stderr.write(`${line}\n`);
      }
    },
    done() {
      if (isTty) process.stderr.write('\n');
    },
  };
}

function mb(bytes: number): string {
  return (bytes / 1_048_576).toFixed(1);
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
