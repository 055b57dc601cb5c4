/** 审计日志路由 — search, export and chain verification for coordinators and administrators. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { z } from 'zod';
import { getAuth, requirePermission } from '../../platform/auth';
import { sealAuditLog, verifyAuditChain } from '../../platform/audit';
import { AuditPermission } from './audit.permissions';
import { exportAuditLog } from './export-audit-log';
import { searchAuditLog } from './search-audit-log';

const tags = ['audit'];

const filters = {
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  actor: z.string().trim().min(1).max(100).optional(),
  unit: z.string().trim().min(1).max(100).optional(),
  action: z.string().trim().min(1).max(100).optional(),
  objectType: z.string().trim().min(1).max(100).optional(),
  objectId: z.string().trim().min(1).max(200).optional(),
  q: z.string().trim().min(1).max(100).optional(),
};

const unitRef = z.object({ id: z.string(), name: z.string(), nameEn: z.string() }).nullable();
const itemSchema = z.object({
  id: z.number().int(),
  /** Null for a record committed a moment ago and not yet sealed into the chain. */
  seq: z.number().int().nullable(),
  at: z.string(),
  actor: z.object({ id: z.string(), username: z.string(), displayName: z.string() }).nullable(),
  actingUnit: unitRef,
  capacity: z.enum(['own', 'in-the-name-of']),
  inTheNameOf: unitRef,
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  clientAddress: z.string().nullable(),
});

export async function auditRoutes(instance: FastifyInstance, opts: { pool: pg.Pool }): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { pool } = opts;

  app.get(
    '/api/audit',
    {
      preHandler: requirePermission(AuditPermission.Read),
      schema: {
        tags,
        summary: 'Search the audit log (newest first, scoped)',
        querystring: z.strictObject({
          ...filters,
          page: z.coerce.number().int().min(1).max(100_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: {
          200: z.object({ items: z.array(itemSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
        },
      },
    },
    async (request) => {
      await sealAuditLog(pool);
      return searchAuditLog(pool, getAuth(request), request.query);
    },
  );

  app.get(
    '/api/audit/export',
    {
      preHandler: requirePermission(AuditPermission.Read),
      schema: { tags, summary: 'Export the audit log as CSV (scoped)', querystring: z.strictObject(filters) },
    },
    async (request, reply) => {
      await sealAuditLog(pool);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`)
        .send(await exportAuditLog(pool, getAuth(request), request.query));
    },
  );

  app.get(
    '/api/audit/verify',
    {
      preHandler: requirePermission(AuditPermission.Verify),
      schema: {
        tags,
        summary: 'Walk the hash chain and report the first broken record',
        response: {
          200: z.object({
            checked: z.number().int(),
            pending: z.number().int(),
            problem: z.object({ kind: z.enum(['missing', 'tampered', 'reordered']), seq: z.number().int(), detail: z.string() }).nullable(),
          }),
        },
      },
    },
    async () => {
      await sealAuditLog(pool);
      return verifyAuditChain(pool);
    },
  );
}
