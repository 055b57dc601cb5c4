/** 审计 — who changes drafts and versions, from which request; written in the same transaction as the change. */
import type { FastifyRequest } from 'fastify';
import type pg from 'pg';
import { writeAudit } from '../../platform/audit';
import { getAuth } from '../../platform/auth';

export interface PolicyActor {
  userId: string;
  actingUnitId: string | null;
  requestId: string;
  clientAddress: string;
}

export function policyActorOf(request: FastifyRequest): PolicyActor {
  const auth = getAuth(request);
  return { userId: auth.user.id, actingUnitId: auth.actingUnitId, requestId: request.id, clientAddress: request.ip };
}

/** Call last in the transaction (the audit lock is held until commit). */
export async function auditPolicyChange(
  client: pg.ClientBase,
  actor: PolicyActor,
  change: { action: string; objectType: 'policy' | 'policy-draft'; objectId: string; before?: unknown; after?: unknown },
): Promise<void> {
  await writeAudit(client, {
    actorUserId: actor.userId,
    actingUnitId: actor.actingUnitId,
    capacity: 'own',
    requestId: actor.requestId,
    clientAddress: actor.clientAddress,
    ...change,
  });
}
