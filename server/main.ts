import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from './platform/config';
import { openDatabase, type Database } from './platform/db/open-database';
import { migrate } from './platform/db/migrate';
import { ensureExpertPool, seedDemoAccounts } from './modules/accounts';
import { authSettingsFromEnv } from './platform/auth';
import { checkPortFree } from './platform/http/check-port-free';
import { createApp } from './platform/http/create-app';
import { createJobRunner } from './platform/jobs';
import type { Logger } from './platform/logger';
import { repoPath } from './platform/repo-root';
import { VERSION } from './platform/version';
import { applyZonePack } from './platform/zone/apply-zone-pack';
import { loadZonePack, resolveZoneDir } from './platform/zone/load-zone-pack';
import { moduleRegistrar } from './register-modules';
import { loadDemoRegistry } from './modules/registry';

const WEB_DIR = `${repoPath('web', 'dist')}/`;

/** A running platform: the HTTP app and its database, stopped together. */
export interface RunningServer {
  app: FastifyInstance;
  db: Database;
  url: string;
  stop(): Promise<void>;
}

/**
 * Entry of `zjsc start`: config → zone pack → database → migrations → zone data → app → listen.
 * The zone pack is validated before the database starts and the port is checked before either, so a bad pack or a
 * taken port stops the start with nothing left running.
 */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const started = performance.now();
  await checkPortFree(config.port, config.host);
  const pack = await loadZonePack(resolveZoneDir(config.zone));
  const auth = authSettingsFromEnv();

  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embeddedPort: config.embeddedDbPort,
    logger,
  });
  try {
    const { applied, level } = await migrate(db.pool, { logger });
    const zone = await applyZonePack(db.pool, pack);
    await ensureExpertPool(db.pool, pack.zone.id);
    // Demo accounts (password Demo@2026) exist in demo mode only; production starts with `zjsc user create-admin`.
    const demo = config.demo ? await seedDemoAccounts(db.pool, pack.zone.id) : undefined;
    logger.info(
      { migrations: applied.length, level, zone: pack.zone.id, zoneChanged: zone.changed, demoAccountsCreated: demo?.created.length },
      'database ready',
    );

    // Modules declare their jobs while they register; the runner starts once the server listens.
    const jobs = createJobRunner({ connectionString: db.connectionString, logger });
    const app = await createApp({
      logger,
      version: VERSION,
      bodyLimitBytes: config.bodyLimitBytes,
      webDir: WEB_DIR,
      registerModules: moduleRegistrar({ db, zoneId: pack.zone.id, auth, dataDir: config.dataDir, jobs }),
    });
    const url = await app.listen({ port: config.port, host: config.host });
    await jobs.start().catch(async (error: unknown) => {
      await jobs.stop().catch(() => undefined);
      await app.close();
      throw error;
    });
    logger.info(
      { url, database: db.kind, dataDir: db.kind === 'embedded' ? path.resolve(config.dataDir) : undefined,
        startupMs: Math.round(performance.now() - started) },
      'platform started',
    );
    // The demo registry loads after the server listens, so it never delays the first page; stopping waits for it.
    const demoRegistry = new AbortController();
    const demoLoad = config.demo ? loadDemoRegistryInBackground(db, pack.zone.id, pack.dir, config.dataDir, logger, demoRegistry.signal) : Promise.resolve();
    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (() => {
        demoRegistry.abort();
        const stopJobs = () => jobs.stop().catch((error: unknown) => logger.error({ err: error }, 'job runner did not stop cleanly'));
        return demoLoad.then(stopJobs).then(() => app.close()).finally(() => db.close());
      })());
    return { app, db, url, stop };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** 演示企业清单 — generated and imported in the background on a demo start with an empty registry; logged when done. */
async function loadDemoRegistryInBackground(db: Database, zoneId: string, zoneDir: string, dataDir: string, logger: Logger, signal: AbortSignal): Promise<void> {
  try {
    const result = await loadDemoRegistry(db.pool, zoneId, { dataDir, zoneDir, signal });
    if (result.loaded) logger.info({ dir: result.dir, files: result.imported, ...result.stats, totalMs: result.ms }, 'demo registry loaded');
  } catch (error) {
    if (signal.aborted) logger.info('demo registry load stopped with the server; it resumes at the next start');
    else logger.error({ err: error }, 'demo registry load failed');
  }
}
