/** 企业注册路由 — public self-registration, and the scoped verification queue with its search, export and bulk. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getAuth, requirePermission } from '../../platform/auth';
import { AccountsPermission } from './accounts.permissions';
import { pageQuery, pageSchema, passwordInput, registrationSchema, registrationStatusSchema, usernameInput, uuidParam } from './accounts.schema';
import type { AccountsRoutesOptions } from './accounts-routes-options';
import { auditMetaOf } from '../../platform/audit';
import { decideRegistrations } from './decide-registrations';
import { exportRegistrations } from './export-registrations';
import { getRegistration } from './get-registration';
import { listRegistrations } from './list-registrations';
import { registerEnterprise } from './register-enterprise';
import { rejectRegistration } from './reject-registration';
import { summarizeRegistrations } from './summarize-registrations';
import { verifyRegistration } from './verify-registration';

const tags = ['registrations'];

const registrationBody = z.strictObject({
  creditCode: z.string().max(40),
  enterpriseName: z.string().trim().min(2).max(200),
  contactName: z.string().trim().min(1).max(50),
  contactPhone: z.string().trim().regex(/^[0-9+()\- ]{5,30}$/, 'digits, spaces and + ( ) -'),
  bodyId: z.string().min(1).max(64).optional(),
  townCode: z.string().regex(/^[0-9]{9}$/, 'a 9-digit town code').optional(),
  username: usernameInput,
  password: passwordInput,
  displayName: z.string().trim().min(1).max(100).optional(),
});

const listQuery = z.strictObject({ ...pageQuery, status: registrationStatusSchema.optional() });
const filterQuery = z.strictObject({ q: pageQuery.q, status: registrationStatusSchema.optional() });
const reasonBody = z.strictObject({ reason: z.string().trim().min(1).max(500) });
const bulkBody = z.strictObject({
  ids: z.array(z.uuid()).min(1).max(100),
  decision: z.enum(['verify', 'reject']),
  reason: z.string().trim().min(1).max(500).optional(),
});

export async function registrationRoutes(instance: FastifyInstance, opts: AccountsRoutesOptions): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { pool, zoneId } = opts;
  const canRead = requirePermission(AccountsPermission.RegistrationRead);
  const canVerify = requirePermission(AccountsPermission.RegistrationVerify);

  app.post(
    '/api/registrations',
    {
      schema: {
        tags,
        summary: 'Register an enterprise staff account (public; pending until verified)',
        body: registrationBody,
        response: { 201: z.object({ id: z.string(), status: z.literal('pending') }) },
      },
    },
    async (request, reply) => reply.code(201).send(await registerEnterprise(pool, zoneId, request.body, auditMetaOf(request))),
  );

  app.get(
    '/api/registrations',
    { preHandler: canRead, schema: { tags, summary: 'The verification queue and its search (scoped)', querystring: listQuery, response: { 200: pageSchema(registrationSchema) } } },
    async (request) => listRegistrations(pool, getAuth(request), request.query),
  );

  app.get(
    '/api/registrations/summary',
    {
      preHandler: canRead,
      schema: { tags, summary: 'Counts per status (scoped)', response: { 200: z.object({ pending: z.number(), verified: z.number(), rejected: z.number() }) } },
    },
    async (request) => summarizeRegistrations(pool, getAuth(request)),
  );

  app.get(
    '/api/registrations/export',
    { preHandler: canRead, schema: { tags, summary: 'Export as CSV (scoped)', querystring: filterQuery } },
    async (request, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="registrations.csv"')
        .send(await exportRegistrations(pool, getAuth(request), request.query)),
  );

  app.get(
    '/api/registrations/:id',
    { preHandler: canRead, schema: { tags, summary: 'One registration (404 outside one\u2019s scope)', params: uuidParam, response: { 200: registrationSchema } } },
    async (request) => getRegistration(pool, getAuth(request), request.params.id),
  );

  app.post(
    '/api/registrations/:id/verify',
    { preHandler: canVerify, schema: { tags, summary: 'Verify: creates or joins the enterprise unit, activates the account', params: uuidParam, response: { 200: registrationSchema } } },
    async (request) => {
      const auth = getAuth(request);
      await verifyRegistration(pool, zoneId, auth, request.params.id, auditMetaOf(request));
      return getRegistration(pool, auth, request.params.id);
    },
  );

  app.post(
    '/api/registrations/:id/reject',
    { preHandler: canVerify, schema: { tags, summary: 'Reject with a reason', params: uuidParam, body: reasonBody, response: { 200: registrationSchema } } },
    async (request) => {
      const auth = getAuth(request);
      await rejectRegistration(pool, auth, request.params.id, request.body.reason, auditMetaOf(request));
      return getRegistration(pool, auth, request.params.id);
    },
  );

  app.post(
    '/api/registrations/bulk-decide',
    {
      preHandler: canVerify,
      schema: {
        tags,
        summary: 'Verify or reject several (only those within one\u2019s scope; the rest are skipped)',
        body: bulkBody,
        response: { 200: z.object({ decided: z.array(z.string()), skipped: z.array(z.string()) }) },
      },
    },
    async (request) => decideRegistrations(pool, zoneId, getAuth(request), request.body, auditMetaOf(request)),
  );
}
