import type pg from 'pg';
import { checkChainSegment, GENESIS_HASH, type ChainProblem } from './audit-chain';
import { SELECT_RECORDS, toStoredRecord, type AuditRow } from './stored-audit-row';

const BATCH = 5000;

/** The outcome of `zjsc audit verify`: how many records were checked, how many await sealing, the first problem. */
export interface ChainVerification {
  checked: number;
  /** Committed records not yet sealed into the chain (normally those of the last second). */
  pending: number;
  problem: ChainProblem | null;
}

/** Walks the whole chain in seq order, in batches, within one snapshot so concurrent appends do not confuse it. */
export async function verifyAuditChain(pool: pg.Pool): Promise<ChainVerification> {
  const client = await pool.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const { rows: unsealed } = await client.query<{ n: number }>('select count(*)::int as n from audit_log where seq is null');
    const pending = unsealed[0]?.n ?? 0;
    let last = { seq: 0, hash: GENESIS_HASH };
    let checked = 0;
    for (;;) {
      const { rows } = await client.query<AuditRow>(`${SELECT_RECORDS} where audit_log.seq > $1 order by audit_log.seq limit $2`, [last.seq, BATCH]);
      if (rows.length === 0) break;
      const segment = checkChainSegment(rows.map(toStoredRecord), last);
      if (segment.problem) return { checked: checked + segment.last.seq - last.seq, pending, problem: segment.problem };
      checked += rows.length;
      last = segment.last;
    }
    return { checked, pending, problem: null };
  } finally {
    await client.query('rollback').catch(() => undefined);
    client.release();
  }
}
