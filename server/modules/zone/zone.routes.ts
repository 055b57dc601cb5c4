/** 园区路由 — public, read-only figures of the zone for the home page. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { zoneSummarySchema } from '../../../core/zone';
import { getZoneSummary } from './zone.repository';

export interface ZoneRoutesOptions {
  pool: pg.Pool;
  zoneId: string;
}

export async function zoneRoutes(app: FastifyInstance, opts: ZoneRoutesOptions): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/zone/summary',
    {
      schema: {
        tags: ['zone'],
        summary: 'Zone summary: counts, working groups, bodies, towns and the responsibility matrix',
        response: { 200: zoneSummarySchema },
      },
    },
    async () => getZoneSummary(opts.pool, opts.zoneId),
  );
}
