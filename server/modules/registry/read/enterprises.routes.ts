/** 企业清单路由 — the enterprise list with its filters, the intake officer's lookup, one enterprise, the Excel export. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getAuth, requirePermission } from '../../../platform/auth';
import { pickLocale } from '../../../platform/http/locale';
import { sendXlsx } from '../../../platform/tabular';
import { RegistryPermission } from '../registry.permissions';
import { exportEnterprises } from './export-enterprises';
import { getEnterprise } from './get-enterprise';
import { listEnterprises } from './list-enterprises';
import { lookupEnterprise } from './lookup-enterprise';
import { enterpriseListContext, type RegistryReadContext } from './registry-read-context';
import {
  enterpriseDetailSchema,
  enterpriseFilterQuery,
  enterpriseIdParam,
  enterpriseListQuery,
  enterprisePageSchema,
  enterpriseSummarySchema,
  lookupQuery,
} from './registry-read.schema';

const tags = ['registry'];

export async function enterpriseRoutes(instance: FastifyInstance, context: RegistryReadContext): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { pool, zoneId } = context;
  const canRead = requirePermission(RegistryPermission.Read);

  app.get(
    '/api/registry/enterprises',
    { preHandler: canRead, schema: { tags, summary: 'The enterprise list, filtered (scoped)', querystring: enterpriseListQuery, response: { 200: enterprisePageSchema } } },
    async (request) => listEnterprises(pool, enterpriseListContext(context, getAuth(request)), request.query),
  );

  app.get(
    '/api/registry/enterprises/lookup',
    {
      preHandler: canRead,
      schema: {
        tags,
        summary: 'Find an enterprise by (part of) its name or credit code: at most ten, best first (scoped)',
        querystring: lookupQuery,
        response: { 200: z.object({ items: z.array(enterpriseSummarySchema) }) },
      },
    },
    async (request) => ({ items: await lookupEnterprise(pool, enterpriseListContext(context, getAuth(request)), request.query.q) }),
  );

  app.get(
    '/api/registry/enterprises.xlsx',
    { preHandler: canRead, schema: { tags, summary: 'The filtered enterprise list as Excel (scoped)', querystring: enterpriseFilterQuery } },
    async (request, reply) => {
      const locale = pickLocale(request.headers['accept-language']);
      const sheets = exportEnterprises(pool, enterpriseListContext(context, getAuth(request)), request.query, locale);
      return sendXlsx(reply, locale === 'zh-CN' ? '企业清单.xlsx' : 'enterprises.xlsx', sheets);
    },
  );

  app.get(
    '/api/registry/enterprises/:id',
    {
      preHandler: canRead,
      schema: { tags, summary: 'One enterprise with provenance and its source records (404 outside one\u2019s scope)', params: enterpriseIdParam, response: { 200: enterpriseDetailSchema } },
    },
    async (request) => getEnterprise(pool, zoneId, getAuth(request), request.params.id),
  );
}
