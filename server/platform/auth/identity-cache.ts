/**
 * 身份缓存 — keeps the identity row of a session or API token in memory for a moment, so a burst of requests from
 * one browser does not reload the same user, grants and scope from the database each time (that query was a third
 * of the round trips of every list page).
 *
 * Revocation stays immediate: every table the identity is built from notifies `zjsc_identity` when it changes
 * (triggers of the identity-notify migration, so writes by the CLI, another server or plain SQL count too), and a
 * notification empties the cache. Writes through this server also empty it before their response is sent, so a
 * client never sees its own sign-out or grant change late. If the listening connection fails, the cache turns itself
 * off rather than serve what it can no longer invalidate. Expiry times are checked against the clock on every
 * request, cached or not.
 */
import pg from 'pg';

export const IDENTITY_CHANNEL = 'zjsc_identity';

export interface IdentityCache {
  get<T>(key: string): T | undefined;
  set(key: string, row: unknown): void;
  clear(): void;
  close(): Promise<void>;
}

interface Entry {
  row: unknown;
  storedAt: number;
}

/** Entries live at most `ttlMs` (a bound on staleness should a notification ever be lost); 0 disables the cache. */
export async function createIdentityCache(pool: pg.Pool, ttlMs: number): Promise<IdentityCache> {
  const entries = new Map<string, Entry>();
  let enabled = ttlMs > 0;
  const listener = enabled ? await listen(pool, () => entries.clear(), () => {
    enabled = false;
    entries.clear();
  }) : null;

  return {
    get<T>(key: string): T | undefined {
      if (!enabled) return undefined;
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (performance.now() - entry.storedAt > ttlMs) {
        entries.delete(key);
        return undefined;
      }
      return entry.row as T;
    },
    set(key, row) {
      if (enabled) entries.set(key, { row, storedAt: performance.now() });
    },
    clear() {
      entries.clear();
    },
    async close() {
      enabled = false;
      entries.clear();
      await listener?.end().catch(() => undefined);
    },
  };
}

// A client of its own rather than one of the pool's: LISTEN holds its connection for the life of the server.
async function listen(pool: pg.Pool, onNotify: () => void, onLost: () => void): Promise<pg.Client> {
  const client = new pg.Client(pool.options);
  client.on('notification', onNotify);
  client.on('error', onLost);
  client.on('end', onLost);
  await client.connect();
  await client.query(`listen ${IDENTITY_CHANNEL}`);
  return client;
}
