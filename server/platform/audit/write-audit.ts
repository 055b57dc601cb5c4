import type pg from 'pg';
import { typedPlaceholders } from '../db/typed-placeholders';

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
  const params: unknown[] = [];
  await client.query(auditInsertSql(params, entry), params);
}

const COLUMNS = `at, actor_user_id, acting_unit_id, capacity, in_the_name_of_unit_id, action, object_type, object_id,
  before, after, request_id, client_address`;
const TYPES = ['timestamptz', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'jsonb', 'jsonb', 'text', 'text'];

/**
 * The insert of one record, its values appended to `params`; with `from`, one record per row of that relation (none
 * when it is empty), so a writer can fold the record into its own statement as a data-modifying CTE:
 * `with changed as (update … returning …), audit as (${auditInsertSql(params, entry, 'changed')}) select …`.
 */
export function auditInsertSql(params: unknown[], entry: AuditEntry, from?: string): string {
  const values = [
    new Date().toISOString(), entry.actorUserId, entry.actingUnitId, entry.capacity, entry.inTheNameOfUnitId ?? null,
    entry.action, entry.objectType, entry.objectId, jsonParam(entry.before), jsonParam(entry.after), entry.requestId,
    entry.clientAddress,
  ];
  return `insert into audit_log (${COLUMNS}) select ${typedPlaceholders(params, values, TYPES)}${from ? ` from ${from}` : ''}`;
}

// undefined and null are both SQL null; dates become their ISO strings, as JSON.stringify gives them.
function jsonParam(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
