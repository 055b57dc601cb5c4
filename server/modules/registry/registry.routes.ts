/**
 * 企业清单模块路由 — the write side (imports, resolution, review decisions, manual location) and the read side
 * (enterprise list and lookup, statistics, coverage, exports).
 */
import type { FastifyInstance } from 'fastify';
import { ingestRoutes } from './ingest.routes';
import { readRoutes } from './read.routes';
import type { RegistryRoutesOptions } from './registry-routes-options';

export async function registryRoutes(app: FastifyInstance, opts: RegistryRoutesOptions): Promise<void> {
  await app.register(ingestRoutes, opts);
  await app.register(readRoutes, opts);
}
