/** 信用代码校验路由 — public: anyone may check a code before registering or filling in a form. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { pickLocale } from '../../../platform/http/locale';
import { describeCreditCode } from './describe-credit-code';
import { creditCodeAnswerSchema, creditCodeParam } from './registry-read.schema';

export async function creditCodeRoutes(instance: FastifyInstance): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/registry/credit-codes/:code',
    {
      schema: {
        tags: ['registry'],
        summary: 'Check a unified social credit code (GB 32100) and decode it; public, no sign-in',
        params: creditCodeParam,
        response: { 200: creditCodeAnswerSchema },
      },
    },
    async (request, reply) => {
      const locale = pickLocale(request.headers['accept-language']);
      reply.header('content-language', locale).header('vary', 'accept-language');
      return describeCreditCode(request.params.code, locale);
    },
  );
}
