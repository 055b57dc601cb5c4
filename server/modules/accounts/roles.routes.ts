/** 角色与授权路由 — the role catalogue and the grants of roles to members of units. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getAuth, requirePermission } from '../../platform/auth';
import { AccountsPermission } from './accounts.permissions';
import { grantSchema, roleSchema, scopeSchema, uuidParam } from './accounts.schema';
import type { AccountsRoutesOptions } from './accounts-routes-options';
import { auditMetaOf } from '../../platform/audit';
import { createGrant } from './create-grant';
import { createRole } from './create-role';
import { listGrants } from './list-grants';
import { listRoles } from './list-roles';
import { revokeGrant } from './revoke-grant';
import { updateRole } from './update-role';

const permissionList = z.array(z.string().min(1).max(100)).max(500);
const roleFields = {
  name: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(100),
  permissions: permissionList,
};

export async function roleRoutes(instance: FastifyInstance, opts: AccountsRoutesOptions): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { pool } = opts;

  app.get(
    '/api/roles',
    { preHandler: requirePermission(AccountsPermission.RoleRead), schema: { tags: ['roles'], summary: 'Roles and their permissions', response: { 200: z.array(roleSchema) } } },
    async (request) => listRoles(pool, getAuth(request)),
  );

  app.post(
    '/api/roles',
    {
      preHandler: requirePermission(AccountsPermission.RoleManage),
      schema: { tags: ['roles'], summary: 'Create a role', body: z.strictObject({ id: z.string().regex(/^[a-z][a-z0-9-]{1,62}$/), ...roleFields }) },
    },
    async (request, reply) => {
      await createRole(pool, request.body, auditMetaOf(request));
      return reply.code(201).send();
    },
  );

  app.patch(
    '/api/roles/:id',
    {
      preHandler: requirePermission(AccountsPermission.RoleManage),
      schema: {
        tags: ['roles'],
        summary: 'Change a role\u2019s names or permissions',
        params: z.strictObject({ id: z.string().max(64) }),
        body: z.strictObject({ name: roleFields.name.optional(), nameEn: roleFields.nameEn.optional(), permissions: permissionList.optional() }),
      },
    },
    async (request, reply) => {
      await updateRole(pool, request.params.id, request.body, auditMetaOf(request));
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/grants',
    {
      preHandler: requirePermission(AccountsPermission.GrantRead),
      schema: {
        tags: ['grants'],
        summary: 'Grants within one\u2019s scope',
        querystring: z.strictObject({ userId: z.uuid().optional(), unitId: z.string().max(64).optional() }),
        response: { 200: z.array(grantSchema) },
      },
    },
    async (request) => listGrants(pool, getAuth(request), request.query),
  );

  app.post(
    '/api/grants',
    {
      preHandler: requirePermission(AccountsPermission.GrantManage),
      schema: {
        tags: ['grants'],
        summary: 'Grant a role to a member of a unit with a data scope',
        body: z.strictObject({ userId: z.uuid(), roleId: z.string().max(64), unitId: z.string().max(64), scope: scopeSchema }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const body = { ...request.body, scope: request.body.scope as Parameters<typeof createGrant>[2]['scope'] };
      return reply.code(201).send({ id: await createGrant(pool, getAuth(request), body, auditMetaOf(request)) });
    },
  );

  app.delete(
    '/api/grants/:id',
    { preHandler: requirePermission(AccountsPermission.GrantManage), schema: { tags: ['grants'], summary: 'Revoke a grant', params: uuidParam } },
    async (request, reply) => {
      await revokeGrant(pool, getAuth(request), request.params.id, auditMetaOf(request));
      return reply.code(204).send();
    },
  );
}
