/** 用户管理路由 — the scoped user list and the administrator's actions on accounts. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getAuth, requirePermission } from '../../platform/auth';
import { AccountsPermission } from './accounts.permissions';
import { emptyBody, pageQuery, pageSchema, passwordInput, userSchema, usernameInput, uuidParam } from './accounts.schema';
import type { AccountsRoutesOptions } from './accounts-routes-options';
import { auditMetaOf } from '../../platform/audit';
import { changeMembership } from './change-membership';
import { createUser } from './create-user';
import { listUsers } from './list-users';
import { resetPassword } from './reset-password';
import { setUserEnabled } from './set-user-status';

const tags = ['users'];
const unitIdInput = z.string().min(1).max(64);

export async function userRoutes(instance: FastifyInstance, opts: AccountsRoutesOptions): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { pool, settings } = opts;
  const canRead = requirePermission(AccountsPermission.UserRead);
  const canManage = requirePermission(AccountsPermission.UserManage);

  app.get(
    '/api/users',
    {
      preHandler: canRead,
      schema: {
        tags,
        summary: 'Users within one\u2019s scope',
        querystring: z.strictObject({ ...pageQuery, status: z.enum(['active', 'disabled', 'pending']).optional(), unitId: unitIdInput.optional() }),
        response: { 200: pageSchema(userSchema) },
      },
    },
    async (request) => listUsers(pool, getAuth(request), request.query),
  );

  app.post(
    '/api/users',
    {
      preHandler: canManage,
      schema: {
        tags,
        summary: 'Create a user in units one manages (must change the password at first sign-in)',
        body: z.strictObject({
          username: usernameInput,
          displayName: z.string().trim().min(1).max(100),
          password: passwordInput,
          unitIds: z.array(unitIdInput).min(1).max(20),
        }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => reply.code(201).send({ id: await createUser(pool, getAuth(request), request.body, auditMetaOf(request)) }),
  );

  for (const [action, enabled] of [['disable', false], ['enable', true]] as const) {
    app.post(
      `/api/users/:id/${action}`,
      { preHandler: canManage, schema: { tags, summary: `${action === 'disable' ? 'Disable' : 'Enable'} a user`, params: uuidParam, body: emptyBody.nullish() } },
      async (request, reply) => {
        await setUserEnabled(pool, settings, getAuth(request), request.params.id, enabled, auditMetaOf(request));
        return reply.code(204).send();
      },
    );
  }

  app.post(
    '/api/users/:id/reset-password',
    {
      preHandler: canManage,
      schema: { tags, summary: 'Set a new initial password', params: uuidParam, body: z.strictObject({ newPassword: passwordInput }) },
    },
    async (request, reply) => {
      await resetPassword(pool, settings, getAuth(request), request.params.id, request.body.newPassword, auditMetaOf(request));
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/users/:id/units',
    { preHandler: canManage, schema: { tags, summary: 'Add the user to a unit', params: uuidParam, body: z.strictObject({ unitId: unitIdInput }) } },
    async (request, reply) => {
      const input = { userId: request.params.id, unitId: request.body.unitId, member: true };
      await changeMembership(pool, getAuth(request), input, auditMetaOf(request));
      return reply.code(204).send();
    },
  );

  app.delete(
    '/api/users/:id/units/:unitId',
    { preHandler: canManage, schema: { tags, summary: 'Remove the user from a unit (ends the grants held there)', params: z.strictObject({ id: z.uuid(), unitId: unitIdInput }) } },
    async (request, reply) => {
      const input = { userId: request.params.id, unitId: request.params.unitId, member: false };
      await changeMembership(pool, getAuth(request), input, auditMetaOf(request));
      return reply.code(204).send();
    },
  );
}
