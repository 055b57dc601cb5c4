/** 待审核队列路由 — the pairs waiting for a reviewer (the decisions are the write side's). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getAuth, requirePermission } from '../../../platform/auth';
import { RegistryPermission } from '../registry.permissions';
import { listReviewItems } from './list-review-items';
import type { RegistryReadContext } from './registry-read-context';
import { reviewItemSchema, reviewQuery } from './registry-read.schema';

export async function reviewItemRoutes(instance: FastifyInstance, context: RegistryReadContext): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/registry/review',
    {
      preHandler: requirePermission(RegistryPermission.Read),
      schema: {
        tags: ['registry'],
        summary: 'Likely duplicates waiting for a reviewer, most likely first, with the waterfall of each (scoped)',
        querystring: reviewQuery,
        response: { 200: z.object({ items: z.array(reviewItemSchema), total: z.number().int() }) },
      },
    },
    async (request) => listReviewItems(context.pool, context.zoneId, getAuth(request), request.query),
  );
}
