import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { z } from 'zod';
import { getMigrationLevel } from '../../platform/db/migrate';
import { getDemoRegistryStatus } from '../registry';

export interface HealthOptions {
  pool: pg.Pool;
  databaseKind: 'embedded' | 'external';
  version: string;
}

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['embedded', 'external']),
  databaseReachable: z.boolean(),
  version: z.string(),
  migrationLevel: z.string().nullable(),
  /** The demo registry's background load on this node: none (not a demo start), loading, done, failed. */
  demoRegistry: z.enum(['none', 'loading', 'done', 'failed']),
});

/** 健康检查 — public; load balancers and the UI footer read it. Degraded (503) when the database does not answer. */
export async function healthRoutes(app: FastifyInstance, options: HealthOptions): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      schema: {
        tags: ['platform'],
        summary: 'Health of the server and its database',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const base = { database: options.databaseKind, version: options.version, demoRegistry: getDemoRegistryStatus() };
      try {
        const migrationLevel = await getMigrationLevel(options.pool);
        return { status: 'ok' as const, databaseReachable: true, migrationLevel, ...base };
      } catch {
        return reply.code(503).send({ status: 'degraded', databaseReachable: false, migrationLevel: null, ...base });
      }
    },
  );
}
