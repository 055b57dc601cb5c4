import type { FastifyRequest } from 'fastify';
import { writeAudit, type AuditEntry } from './write-audit';
import type pg from 'pg';

/** 审计上下文 — who acts, for which unit, from which request; use cases add the action and the object. */
export interface AuditMeta {
  actorUserId: string | null;
  actingUnitId: string | null;
  requestId: string | null;
  clientAddress: string | null;
}

export function auditMetaOf(request: FastifyRequest): AuditMeta {
  return {
    actorUserId: request.auth?.user.id ?? null,
    actingUnitId: request.auth?.actingUnitId ?? null,
    requestId: request.id,
    clientAddress: request.ip,
  };
}

/** For the CLI and start-up seeding: no person, no request. */
export const SYSTEM_AUDIT_META: AuditMeta = { actorUserId: null, actingUnitId: null, requestId: null, clientAddress: null };

/** What a use case records: the action, the object, and a before/after summary without secrets. */
export type AuditChange = Pick<AuditEntry, 'action' | 'objectType' | 'objectId' | 'before' | 'after'>;

/** Writes the record inside the caller's transaction, in the actor's own capacity. */
export async function recordAudit(client: pg.ClientBase, meta: AuditMeta, change: AuditChange): Promise<void> {
  await writeAudit(client, { ...meta, capacity: 'own', ...change });
}
