import type pg from 'pg';
import { hashAuditRecord, GENESIS_HASH, type AuditRecord } from './audit-chain';

/** What a use case says about its change; the writer adds seq, time and the chain links. */
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

/** Key of the transaction-level advisory lock that orders audit appends ('audit' in ASCII). */
const AUDIT_LOCK_KEY = 0x61756469;

/**
 * Appends one record inside the caller's transaction, so the record commits with the change it describes.
 * The advisory lock serialises appends until commit, which keeps seq gap-free and the chain linear; call it as the
 * last statement of the transaction so the lock is held as briefly as possible.
 */
export async function writeAudit(client: pg.ClientBase, entry: AuditEntry): Promise<number> {
  await client.query('select pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
  const { rows } = await client.query<{ seq: string; hash: string }>(
    'select seq, hash from audit_log order by seq desc limit 1',
  );
  const previous = rows[0];
  const record: AuditRecord = {
    seq: previous ? Number(previous.seq) + 1 : 1,
    at: new Date().toISOString(),
    actorUserId: entry.actorUserId,
    actingUnitId: entry.actingUnitId,
    capacity: entry.capacity,
    inTheNameOfUnitId: entry.inTheNameOfUnitId ?? null,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    before: normalizeJson(entry.before),
    after: normalizeJson(entry.after),
    requestId: entry.requestId,
    clientAddress: entry.clientAddress,
  };
  const prevHash = previous?.hash ?? GENESIS_HASH;
  const hash = hashAuditRecord(prevHash, record);
  await client.query(
    `insert into audit_log (seq, at, actor_user_id, acting_unit_id, capacity, in_the_name_of_unit_id, action,
       object_type, object_id, before, after, request_id, client_address, prev_hash, hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      record.seq, record.at, record.actorUserId, record.actingUnitId, record.capacity, record.inTheNameOfUnitId,
      record.action, record.objectType, record.objectId, jsonParam(record.before), jsonParam(record.after),
      record.requestId, record.clientAddress, prevHash, hash,
    ],
  );
  return record.seq;
}

// What is hashed must equal what jsonb gives back: drop undefined, turn dates into strings, keep null as SQL null.
function normalizeJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

function jsonParam(value: unknown): string | null {
  return value === null ? null : JSON.stringify(value);
}
