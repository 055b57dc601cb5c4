import type pg from 'pg';

/** Rows fetched per round trip: large enough to keep the database busy, small enough to keep memory flat. */
const FETCH_SIZE = 2_000;

/**
 * 游标读取 — the rows of a query as an async stream through a server-side cursor, so an export of a million rows holds
 * two thousand at a time. The connection is taken at the first pull (an export that is never read costs none) and
 * given back when the stream ends, fails or is closed early (the client went away).
 */
export async function* streamRows<T extends pg.QueryResultRow>(pool: pg.Pool, sql: string, params: unknown[]): AsyncGenerator<T> {
  const client = await pool.connect();
  let isDone = false;
  let isBroken = false;
  try {
    // One snapshot for the whole export, read only: the file agrees with itself even while imports run.
    await client.query('begin isolation level repeatable read read only');
    await client.query(`declare export_rows no scroll cursor for ${sql}`, params);
    for (;;) {
      const { rows } = await client.query<T>(`fetch ${FETCH_SIZE} from export_rows`);
      yield* rows;
      if (rows.length < FETCH_SIZE) break;
    }
    await client.query('commit');
    isDone = true;
  } finally {
    if (!isDone) {
      await client.query('rollback').catch(() => {
        isBroken = true;
      });
    }
    client.release(isBroken);
  }
}
