import type { AuditRecord, StoredAuditRecord } from './audit-chain';

/**
 * Timestamps are read back as the exact ISO string that is hashed, by the sealer and by verification alike. The
 * aliases shadow the columns in ORDER BY (text seq sorts 1, 10, 2): order by audit_log.seq / audit_log.id.
 */
export const SELECT_RECORDS = `
  select id::text as id, seq::text as seq, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at,
         actor_user_id, acting_unit_id, capacity, in_the_name_of_unit_id, action, object_type, object_id,
         before, after, request_id, client_address, prev_hash, hash
  from audit_log`;

/** An audit_log row as SELECT_RECORDS reads it; seq and the links are null until the record is sealed. */
export interface AuditRow {
  id: string;
  seq: string | null;
  at: string;
  actor_user_id: string | null;
  acting_unit_id: string | null;
  capacity: 'own' | 'in-the-name-of';
  in_the_name_of_unit_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
  client_address: string | null;
  prev_hash: string | null;
  hash: string | null;
}

/** The record's content at a place in the chain: what its hash covers. */
export function toAuditRecord(row: AuditRow, seq: number): AuditRecord {
  return {
    seq,
    at: row.at,
    actorUserId: row.actor_user_id,
    actingUnitId: row.acting_unit_id,
    capacity: row.capacity,
    inTheNameOfUnitId: row.in_the_name_of_unit_id,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    before: row.before,
    after: row.after,
    requestId: row.request_id,
    clientAddress: row.client_address,
  };
}

/** A sealed record with its stored links (empty links read as a broken chain, never as a match). */
export function toStoredRecord(row: AuditRow): StoredAuditRecord {
  return { ...toAuditRecord(row, Number(row.seq)), prevHash: row.prev_hash ?? '', hash: row.hash ?? '' };
}
