import type pg from 'pg';
import { inTransaction } from '../db/transaction';
import { GENESIS_HASH, hashAuditRecord } from './audit-chain';
import { SELECT_RECORDS, toAuditRecord, type AuditRow } from './stored-audit-row';

/** Key of the transaction-level advisory lock that admits one sealer at a time ('seal' in ASCII). */
const SEAL_LOCK_KEY = 0x7365616c;
const BATCH = 5000;

/**
 * 审计封存 — links committed, unsealed audit records into the hash chain: each gets the next seq, the previous
 * record's hash and its own hash, computed over the values as stored (so verification reads back exactly what was
 * hashed). Records are sealed in the order of their ids; one that commits late joins the chain in a later batch.
 * One sealer at a time across all app nodes. By default it waits for a sealer already at work, so that every record
 * committed before the call is sealed when it returns (what readers of the log need); the background sealer passes
 * `skip` and leaves the work to whoever holds the lock. Returns how many it sealed.
 */
export async function sealAuditLog(pool: pg.Pool, whenBusy: 'wait' | 'skip' = 'wait'): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await sealBatch(pool, whenBusy);
    total += sealed;
    if (sealed < BATCH) return total;
  }
}

async function sealBatch(pool: pg.Pool, whenBusy: 'wait' | 'skip'): Promise<number> {
  return inTransaction(pool, async (client) => {
    if (whenBusy === 'wait') {
      await client.query('select pg_advisory_xact_lock($1)', [SEAL_LOCK_KEY]);
    } else {
      const { rows: lock } = await client.query<{ ok: boolean }>('select pg_try_advisory_xact_lock($1) as ok', [SEAL_LOCK_KEY]);
      if (!lock[0]?.ok) return 0;
    }
    const { rows: tail } = await client.query<{ seq: string; hash: string }>(
      'select seq::text as seq, hash from audit_log where seq is not null order by audit_log.seq desc limit 1',
    );
    const { rows } = await client.query<AuditRow>(`${SELECT_RECORDS} where audit_log.seq is null order by audit_log.id limit $1`, [BATCH]);
    if (rows.length === 0) return 0;
    let seq = Number(tail[0]?.seq ?? 0);
    let prevHash = tail[0]?.hash ?? GENESIS_HASH;
    const links = { ids: [] as string[], seqs: [] as number[], prevHashes: [] as string[], hashes: [] as string[] };
    for (const row of rows) {
      seq += 1;
      const hash = hashAuditRecord(prevHash, toAuditRecord(row, seq));
      links.ids.push(row.id);
      links.seqs.push(seq);
      links.prevHashes.push(prevHash);
      links.hashes.push(hash);
      prevHash = hash;
    }
    await client.query(
      `update audit_log a set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
         from unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) as v(id, seq, prev_hash, hash)
        where a.id = v.id`,
      [links.ids, links.seqs, links.prevHashes, links.hashes],
    );
    return rows.length;
  });
}
