/** 单位与令牌路由 — the organisation units list, and one's own API tokens. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getAuth, requirePermission } from '../../platform/auth';
import { AccountsPermission } from './accounts.permissions';
import { apiTokenSchema, pageQuery, pageSchema, unitSchema } from './accounts.schema';
import type { AccountsRoutesOptions } from './accounts-routes-options';
import { auditMetaOf } from '../../platform/audit';
import { createApiToken } from './create-api-token';
import { listApiTokens } from './list-api-tokens';
import { listUnits } from './list-units';
import { revokeApiToken } from './revoke-api-token';

export async function unitAndTokenRoutes(instance: FastifyInstance, opts: AccountsRoutesOptions): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { pool, settings } = opts;
  const canManageTokens = requirePermission(AccountsPermission.TokenManage);

  app.get(
    '/api/units',
    {
      preHandler: requirePermission(AccountsPermission.UnitRead),
      schema: {
        tags: ['units'],
        summary: 'Organisation units (flat tree with parent ids) and enterprise units within one\u2019s scope',
        querystring: z.strictObject({ ...pageQuery, pageSize: z.coerce.number().int().min(1).max(1000).default(500), kind: z.string().max(32).optional() }),
        response: { 200: pageSchema(unitSchema) },
      },
    },
    async (request) => listUnits(pool, getAuth(request), request.query),
  );

  app.post(
    '/api/tokens',
    {
      preHandler: canManageTokens,
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token for the current unit (the token is shown only in this response)',
        body: z.strictObject({
          name: z.string().trim().min(1).max(100),
          permissions: z.array(z.string().max(100)).min(1).max(200),
          expiresInDays: z.number().int().min(1).max(3650).optional(),
        }),
        response: { 201: apiTokenSchema.extend({ token: z.string() }) },
      },
    },
    async (request, reply) => reply.code(201).send(await createApiToken(pool, settings, getAuth(request), request.body, auditMetaOf(request))),
  );

  app.get(
    '/api/tokens',
    { preHandler: canManageTokens, schema: { tags: ['tokens'], summary: 'One\u2019s API tokens', response: { 200: z.array(apiTokenSchema) } } },
    async (request) => listApiTokens(pool, getAuth(request)),
  );

  app.delete(
    '/api/tokens/:id',
    { preHandler: canManageTokens, schema: { tags: ['tokens'], summary: 'Revoke one of one\u2019s API tokens', params: z.strictObject({ id: z.string().regex(/^[a-z0-9]{12}$/) }) } },
    async (request, reply) => {
      await revokeApiToken(pool, settings, getAuth(request), request.params.id, auditMetaOf(request));
      return reply.code(204).send();
    },
  );
}
