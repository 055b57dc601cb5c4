/**
 * 企业清单写入路由 — the write side of the registry: imports of source files (checked before anything is written,
 * read in the background with progress), entity resolution, reviewers' decisions, unmerging and manual location.
 * At start, imports left running by a node that died are marked interrupted.
 */
import type { FastifyInstance } from 'fastify';
import { createTerritoryState } from '../territory';
import { failAbandonedBatches } from './import/import-batches.repository';
import { describeFailure, DEFAULT_IMPORT_LIMIT_BYTES } from './import/import-registry-file';
import { ImportJobs } from './import/import-jobs';
import { importRoutes } from './import/imports.routes';
import type { RegistryRoutesOptions } from './registry-routes-options';
import { resolutionRoutes } from './resolve/resolution.routes';
import { AppError } from '../../../core/errors';

export async function ingestRoutes(app: FastifyInstance, opts: RegistryRoutesOptions): Promise<void> {
  const territory = createTerritoryState(opts.pool, opts.zoneId);
  const jobs = new ImportJobs({ pool: opts.pool, zoneId: opts.zoneId, territory, log: app.log });
  app.addHook('onClose', () => jobs.close());
  const interrupted = await failAbandonedBatches(opts.pool, opts.zoneId, describeFailure(new AppError('REGISTRY_IMPORT_INTERRUPTED')));
  if (interrupted > 0) app.log.warn({ batches: interrupted }, 'registry imports interrupted by an earlier stop were marked failed');
  await app.register(importRoutes, { ...opts, jobs, uploadLimitBytes: opts.uploadLimitBytes ?? DEFAULT_IMPORT_LIMIT_BYTES });
  await app.register(resolutionRoutes, { ...opts, territory });
}
