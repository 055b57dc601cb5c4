/** 定位与路线路由 — points, batches of points, addresses and case routes. Every route needs territory.read. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { resolveAddress } from '../../../core/territory/address';
import { requirePermission } from '../../platform/auth';
import { locatePoint } from './locate-point';
import { MAX_BATCH_POINTS, resolveBatch } from './resolve-batch';
import { getAddressBook, routeCaseAt } from './route-case-at';
import { serverTimingHooks } from './server-timing';
import { TerritoryPermission } from './territory.permissions';
import type { TerritoryContext } from './territory-routes-options';

/** 100,000 points of `{"lon":121.58234987234123,"lat":31.212341234123412}` are about 5.3 MB. */
export const BATCH_BODY_LIMIT = 8 * 1024 * 1024;

const coordinateQuery = {
  lon: z.string().optional().describe('longitude in degrees'),
  lat: z.string().optional().describe('latitude in degrees'),
  crs: z.string().optional().describe('wgs84 (default), gcj02 (高德/腾讯) or bd09 (百度)'),
};

export async function resolveRoutes(instance: FastifyInstance, opts: TerritoryContext): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { state } = opts;
  const canRead = requirePermission(TerritoryPermission.Read);

  app.get(
    '/api/territory/resolve',
    { preHandler: canRead, schema: { tags: ['territory'], summary: 'Resolve one point: zone, area, town, body, community, corridor', querystring: z.object(coordinateQuery) } },
    async (request) => locatePoint(await state.current(), request.query),
  );

  app.post(
    '/api/territory/resolve',
    {
      preHandler: canRead,
      bodyLimit: BATCH_BODY_LIMIT,
      ...serverTimingHooks,
      schema: {
        tags: ['territory'],
        summary: `Resolve up to ${MAX_BATCH_POINTS.toLocaleString('en')} points; names come once, in dictionaries`,
        body: z.object({ points: z.array(z.unknown()).max(MAX_BATCH_POINTS), crs: z.string().optional() }),
      },
    },
    async (request, reply) => {
      const territory = await state.current();
      return reply.type('application/json; charset=utf-8').send(resolveBatch(territory, request.body.points, request.body.crs));
    },
  );

  app.post(
    '/api/territory/resolve-address',
    {
      preHandler: canRead,
      schema: { tags: ['territory'], summary: 'Place a Chinese address in a town and body, or say it needs manual location', body: z.object({ address: z.string().optional() }) },
    },
    async (request) => resolveAddress(getAddressBook(await state.current()), request.body.address),
  );

  app.get(
    '/api/territory/route',
    {
      preHandler: canRead,
      schema: {
        tags: ['territory'],
        summary: 'The route of units that handle a case type at a point or an address',
        querystring: z.object({ caseType: z.string().optional(), address: z.string().optional(), ...coordinateQuery }),
      },
    },
    async (request) => routeCaseAt(await state.current(), request.query),
  );
}
