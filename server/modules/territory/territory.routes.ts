/**
 * 空间模块路由 — brings the module up (the zone pack's layers into the versions table, the resolvers built) and
 * registers its routes, with the body parsers that only the import accepts: GeoJSON as application/geo+json and
 * zipped Shapefiles as application/zip.
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../core/errors';
import { layerRoutes } from './layers.routes';
import { resolveRoutes } from './resolve.routes';
import { syncPackLayerVersions } from './sync-pack-layer-versions';
import { createTerritoryState } from './territory-state';
import type { TerritoryRoutesOptions } from './territory-routes-options';

export async function territoryRoutes(app: FastifyInstance, opts: TerritoryRoutesOptions): Promise<void> {
  await syncPackLayerVersions(opts.pool, opts.zoneId);
  const state = createTerritoryState(opts.pool, opts.zoneId);
  await state.reload();

  app.addContentTypeParser('application/geo+json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch (error) {
      done(new AppError('MALFORMED_JSON', { reason: (error as Error).message }), undefined);
    }
  });
  app.addContentTypeParser(['application/zip', 'application/x-zip-compressed'], { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  await app.register(resolveRoutes, { ...opts, state });
  await app.register(layerRoutes, { ...opts, state });
}
