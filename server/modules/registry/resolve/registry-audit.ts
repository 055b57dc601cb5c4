/** 审计 — who corrects the registry, from which request; each correction writes its record in its own transaction. */
import type { FastifyRequest } from 'fastify';
import type pg from 'pg';
import { writeAudit, type AuditEntry } from '../../../platform/audit';

/** 审计上下文. */
export type RegistryAuditMeta = Pick<AuditEntry, 'actorUserId' | 'actingUnitId' | 'requestId' | 'clientAddress'>;

export function registryAuditMeta(request: FastifyRequest): RegistryAuditMeta {
  return { actorUserId: request.auth?.user.id ?? null, actingUnitId: request.auth?.actingUnitId ?? null, requestId: request.id, clientAddress: request.ip };
}

export async function auditRegistry(
  client: pg.ClientBase,
  meta: RegistryAuditMeta,
  change: Pick<AuditEntry, 'action' | 'objectType' | 'objectId' | 'before' | 'after'>,
): Promise<void> {
  await writeAudit(client, { ...meta, capacity: 'own', ...change });
}
