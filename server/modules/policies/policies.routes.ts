/**
 * 政策模块路由 — brings the module up (the catalogue in force built from the stored rule files and the published
 * revisions; the registry snapshot on first use) and registers its routes.
 */
import type { FastifyInstance } from 'fastify';
import { catalogueRoutes } from './catalogue.routes';
import { draftRoutes } from './drafts.routes';
import { matchingRoutes } from './matching.routes';
import { createPolicyCatalogueState } from './policy-catalogue-state';
import { createRegistrySnapshotState } from './registry-snapshot';
import type { PoliciesRoutesOptions } from './policies-routes-options';

export async function policiesRoutes(app: FastifyInstance, opts: PoliciesRoutesOptions): Promise<void> {
  const state = createPolicyCatalogueState(opts.pool, opts.zoneId, (skipped) =>
    app.log.warn({ skipped }, 'published policy revisions that no longer apply onto the zone pack were left out'),
  );
  await state.reload();
  // Built on first use: a node that never matches never holds the registry.
  const registry = createRegistrySnapshotState(opts.pool, opts.zoneId);
  const context = { ...opts, state, registry };
  await app.register(catalogueRoutes, context);
  await app.register(matchingRoutes, context);
  await app.register(draftRoutes, context);
}
