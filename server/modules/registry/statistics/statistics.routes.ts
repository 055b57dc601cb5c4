/** 统计路由 — statistics by dimension, the yearly timeline, and both as Excel; all within the caller's scope. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getAuth, requirePermission } from '../../../platform/auth';
import { pickLocale } from '../../../platform/http/locale';
import { sendXlsx } from '../../../platform/tabular';
import type { RegistryReadContext } from '../read/registry-read-context';
import { RegistryPermission } from '../registry.permissions';
import { computeStatistics } from './compute-statistics';
import { exportStatistics } from './export-statistics';
import { statisticsTimeline } from './statistics-timeline';
import { statisticsExportQuery, statisticsQuery, statisticsSchema, timelineQuery, timelineSchema } from './statistics.schema';

const tags = ['registry'];

export async function statisticsRoutes(instance: FastifyInstance, context: RegistryReadContext): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { pool, zoneId } = context;
  const canRead = requirePermission(RegistryPermission.Read);

  app.get(
    '/api/registry/statistics',
    { preHandler: canRead, schema: { tags, summary: 'Counts and measures by one dimension (scoped)', querystring: statisticsQuery, response: { 200: statisticsSchema } } },
    async (request) => computeStatistics(pool, zoneId, getAuth(request), request.query, pickLocale(request.headers['accept-language'])),
  );

  app.get(
    '/api/registry/statistics/timeline',
    { preHandler: canRead, schema: { tags, summary: 'Founded, entered, left and active per year (scoped)', querystring: timelineQuery, response: { 200: timelineSchema } } },
    async (request) => statisticsTimeline(pool, zoneId, getAuth(request), request.query),
  );

  app.get(
    '/api/registry/statistics.xlsx',
    { preHandler: canRead, schema: { tags, summary: 'Statistics as Excel: the dimension asked, or all and the timeline (scoped)', querystring: statisticsExportQuery } },
    async (request, reply) => {
      const locale = pickLocale(request.headers['accept-language']);
      const sheets = await exportStatistics(pool, zoneId, getAuth(request), request.query, locale);
      return sendXlsx(reply, locale === 'zh-CN' ? '企业统计.xlsx' : 'registry-statistics.xlsx', sheets);
    },
  );
}
