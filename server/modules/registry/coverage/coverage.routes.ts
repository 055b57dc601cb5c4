/** 覆盖报告路由 — the 应统尽统 report and its Excel export, within the caller's scope. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getAuth, requirePermission } from '../../../platform/auth';
import { pickLocale } from '../../../platform/http/locale';
import { sendXlsx } from '../../../platform/tabular';
import type { RegistryReadContext } from '../read/registry-read-context';
import { enterpriseSummarySchema, pageFields } from '../read/registry-read.schema';
import { RegistryPermission } from '../registry.permissions';
import { COVERAGE_LISTS } from './coverage-lists';
import { coverageReport } from './coverage-report';
import { exportCoverage } from './export-coverage';

const tags = ['registry'];

const townRowSchema = z.object({
  townCode: z.string().nullable(),
  townName: z.string().nullable(),
  bodyId: z.string().nullable(),
  bodyName: z.string().nullable(),
  count: z.number().int(),
});
const listSummarySchema = z.object({ total: z.number().int(), byTown: z.array(townRowSchema) });

const coverageSchema = z.object({
  directorySourceId: z.string().nullable(),
  missing: listSummarySchema,
  outside: listSummarySchema,
  items: z.array(enterpriseSummarySchema),
  total: z.number().int(),
});

export async function coverageRoutes(instance: FastifyInstance, context: RegistryReadContext): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { pool, zoneId } = context;
  const canRead = requirePermission(RegistryPermission.Read);

  app.get(
    '/api/registry/coverage',
    {
      preHandler: canRead,
      schema: {
        tags,
        summary: 'Coverage (应统尽统): enterprises missing from the statistics directory, directory entries outside the zone (scoped)',
        querystring: z.strictObject({ list: z.enum(COVERAGE_LISTS).default('missing'), ...pageFields }),
        response: { 200: coverageSchema },
      },
    },
    async (request) => coverageReport(pool, zoneId, getAuth(request), request.query),
  );

  app.get(
    '/api/registry/coverage.xlsx',
    { preHandler: canRead, schema: { tags, summary: 'The coverage report as Excel: by-town summary and both lists (scoped)', querystring: z.strictObject({}) } },
    async (request, reply) => {
      const locale = pickLocale(request.headers['accept-language']);
      const sheets = await exportCoverage(pool, zoneId, getAuth(request), locale);
      return sendXlsx(reply, locale === 'zh-CN' ? '应统尽统覆盖报告.xlsx' : 'registry-coverage.xlsx', sheets);
    },
  );
}
