/**
 * 企业清单读取路由 — the read side of the registry: the public credit-code check, the enterprise list, lookup, detail
 * and export, the review queue, statistics and the coverage report. Everything but the credit-code check needs
 * registry.read and is bounded by the caller's data scope in SQL.
 */
import type { FastifyInstance } from 'fastify';
import { coverageRoutes } from './coverage/coverage.routes';
import { creditCodeRoutes } from './read/credit-codes.routes';
import { enterpriseRoutes } from './read/enterprises.routes';
import { loadZonePlaceNames } from './read/load-zone-place-names';
import type { RegistryReadContext } from './read/registry-read-context';
import { reviewItemRoutes } from './read/review-items.routes';
import type { RegistryRoutesOptions } from './registry-routes-options';
import { statisticsRoutes } from './statistics/statistics.routes';

export async function readRoutes(app: FastifyInstance, opts: RegistryRoutesOptions): Promise<void> {
  const context: RegistryReadContext = {
    pool: opts.pool,
    zoneId: opts.zoneId,
    zonePlaceNames: await loadZonePlaceNames(opts.pool, opts.zoneId),
  };
  await app.register(creditCodeRoutes);
  await app.register(enterpriseRoutes, context);
  await app.register(reviewItemRoutes, context);
  await app.register(statisticsRoutes, context);
  await app.register(coverageRoutes, context);
}
