/**
 * 归并锁 — one resolution of a zone at a time, and no reviewer decision while one runs: a resolution computes from
 * the records and decisions it read, so a decision taken meanwhile would be overwritten by its result. A full
 * resolution holds the lock (session-level) from reading to writing; a decision takes it for its transaction.
 */
import type pg from 'pg';

const lockKey = (zoneId: string) => `zjsc:registry-resolution:${zoneId}`;

/** Runs `work` on a connection that holds the zone's resolution lock throughout. */
export async function withRegistryLock<T>(pool: pg.Pool, zoneId: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let isBroken = false;
  try {
    await client.query('select pg_advisory_lock(hashtextextended($1, 0))', [lockKey(zoneId)]);
    try {
      return await work(client);
    } finally {
      await client.query('select pg_advisory_unlock(hashtextextended($1, 0))', [lockKey(zoneId)]).catch(() => {
        isBroken = true;
      });
    }
  } finally {
    // A connection that could not release its lock would keep it: destroy it rather than pool it.
    client.release(isBroken);
  }
}

/** Takes the zone's resolution lock until the end of the caller's transaction. */
export async function lockRegistry(client: pg.ClientBase, zoneId: string): Promise<void> {
  await client.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [lockKey(zoneId)]);
}
