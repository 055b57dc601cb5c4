import type pg from 'pg';

/** What a use case says about its change; the sealer adds seq and the chain links afterwards. */
export interface AuditEntry {
  actorUserId: string | null;
  actingUnitId: string | null;
  capacity: 'own' | 'in-the-name-of';
  inTheNameOfUnitId?: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  before?: unknown;
  after?: unknown;
  requestId: string | null;
  clientAddress: string | null;
}

/**
 * Appends one record inside the caller's transaction, so the record commits (or rolls back) with the change it
 * describes. No lock is taken: concurrent writers commit side by side, and `sealAuditLog` links the committed records
 * into the hash chain afterwards.
 */
export async function writeAudit(client: pg.ClientBase, entry: AuditEntry): Promise<void> {
  await client.query(AUDIT_INSERT_SQL, auditInsertParams(entry, new Date()));
}

const AUDIT_INSERT_SQL = `
  insert into audit_log (at, actor_user_id, acting_unit_id, capacity, in_the_name_of_unit_id, action, object_type,
                         object_id, before, after, request_id, client_address)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`;

function auditInsertParams(entry: AuditEntry, at: Date): unknown[] {
  return [
    at.toISOString(), entry.actorUserId, entry.actingUnitId, entry.capacity, entry.inTheNameOfUnitId ?? null,
    entry.action, entry.objectType, entry.objectId, jsonParam(entry.before), jsonParam(entry.after), entry.requestId,
    entry.clientAddress,
  ];
}

// undefined and null are both SQL null; dates become their ISO strings, as JSON.stringify gives them.
function jsonParam(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
