import type pg from 'pg';
import { checkChainSegment, GENESIS_HASH, type ChainProblem, type StoredAuditRecord } from './audit-chain';

const BATCH = 5000;

/** The outcome of `zjsc audit verify`: how many records were checked and the first problem, if any. */
export interface ChainVerification {
  checked: number;
  problem: ChainProblem | null;
}

/** Walks the whole chain in seq order, in batches, within one snapshot so concurrent appends do not confuse it. */
export async function verifyAuditChain(pool: pg.Pool): Promise<ChainVerification> {
  const client = await pool.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    let last = { seq: 0, hash: GENESIS_HASH };
    let checked = 0;
    for (;;) {
      const { rows } = await client.query<AuditRow>(`${SELECT_RECORDS} where audit_log.seq > $1 order by audit_log.seq limit $2`, [
        last.seq,
        BATCH,
      ]);
      if (rows.length === 0) break;
      const segment = checkChainSegment(rows.map(toStoredRecord), last);
      if (segment.problem) return { checked: checked + segment.last.seq - last.seq, problem: segment.problem };
      checked += rows.length;
      last = segment.last;
    }
    return { checked, problem: null };
  } finally {
    await client.query('rollback').catch(() => undefined);
    client.release();
  }
}

/** Timestamps are read back as the exact ISO string that was hashed. */
export const SELECT_RECORDS = `
  select seq::text as seq, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at,
         actor_user_id, acting_unit_id, capacity, in_the_name_of_unit_id, action, object_type, object_id,
         before, after, request_id, client_address, prev_hash, hash
  from audit_log`;

export interface AuditRow {
  seq: string;
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
  prev_hash: string;
  hash: string;
}

export function toStoredRecord(row: AuditRow): StoredAuditRecord {
  return {
    seq: Number(row.seq),
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
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
