import type pg from 'pg';

/**
 * Runs `work` in one transaction on one pooled connection: commit on success, rollback on any failure. Every state
 * change and its audit record go through here, so they commit or vanish together.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // A connection whose rollback failed is in an unknown state: it is destroyed rather than returned to the pool.
  let isBroken = false;
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {
      isBroken = true;
    });
    throw error;
  } finally {
    client.release(isBroken);
  }
}
