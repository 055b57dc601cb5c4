/** 图层路由 — the layer catalogue, a layer's GeoJSON (now or at a date) and the import of official boundaries. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getAuth, requirePermission } from '../../platform/auth';
import { getLayer } from './get-layer';
import { importLayer } from './import-layer';
import { listLayers } from './list-layers';
import { TerritoryPermission } from './territory.permissions';
import type { TerritoryContext } from './territory-routes-options';

/** Official boundary files run to a few megabytes; zipped Shapefiles less. */
export const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

const flag = z.enum(['true', 'false']).optional();

export async function layerRoutes(instance: FastifyInstance, opts: TerritoryContext): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { pool, zoneId, state } = opts;

  app.get(
    '/api/territory/layers',
    { preHandler: requirePermission(TerritoryPermission.Read), schema: { tags: ['territory'], summary: 'The layers with the version in force and its provenance' } },
    async () => listLayers(pool, zoneId),
  );

  app.get(
    '/api/territory/layers/:layer',
    {
      preHandler: requirePermission(TerritoryPermission.Read),
      schema: {
        tags: ['territory'],
        summary: 'A layer as GeoJSON: the version in force, or the one in force at asOf (a date is read in Asia/Shanghai)',
        params: z.object({ layer: z.string().max(64) }),
        querystring: z.object({ asOf: z.string().optional() }),
      },
    },
    async (request, reply) => {
      const document = await getLayer(pool, zoneId, request.params.layer, request.query.asOf);
      reply.header('etag', document.etag).header('cache-control', document.isCurrent ? 'private, no-cache' : 'private, max-age=86400');
      if (request.headers['if-none-match'] === document.etag) return reply.code(304).send();
      return reply.type('application/geo+json; charset=utf-8').send(document.body);
    },
  );

  app.post(
    '/api/territory/layers/:layer/import',
    {
      preHandler: requirePermission(TerritoryPermission.LayerImport),
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['territory'],
        summary: 'Replace a layer with official boundaries (GeoJSON, or a zipped Shapefile as application/zip); the report lists every problem',
        params: z.object({ layer: z.string().max(64) }),
        querystring: z.object({
          crs: z.string().optional().describe('the CRS of the file: wgs84 (default, or the .prj), gcj02, bd09'),
          dryRun: flag.describe('true: validate only'),
          source: z.string().trim().min(1).max(200).optional().describe('where the boundaries come from'),
          verified: flag.describe('true when an official source confirms them'),
          approximate: flag,
        }),
      },
    },
    async (request) => {
      const { query } = request;
      const auth = getAuth(request);
      return importLayer(
        pool,
        zoneId,
        state,
        {
          layer: request.params.layer,
          body: request.body,
          crs: query.crs,
          dryRun: query.dryRun === 'true',
          source: query.source,
          verified: query.verified === 'true',
          approximate: query.approximate === 'true',
        },
        { actorUserId: auth.user.id, actingUnitId: auth.actingUnitId, requestId: request.id, clientAddress: request.ip },
      );
    },
  );
}
