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
  /**
   * The cached row, or the one `load` reads (kept when found). Concurrent misses of one key share one load: when an
   * entry expired under 50 concurrent requests of one session, each of them ran the identity query (and, on a fresh
   * connection, planned it). A load that a clear() overtook is neither kept nor shared with requests after the clear.
   */
  getOrLoad<T>(key: string, load: () => Promise<T | undefined>): Promise<T | undefined>;
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
  const loading = new Map<string, Promise<unknown>>();
  // Bumped by every clear, so a load that started before it cannot bring back what the clear forgot.
  let generation = 0;
  let enabled = ttlMs > 0;
  const clear = () => {
    generation += 1;
    entries.clear();
    loading.clear();
  };
  const listener = enabled ? await listen(pool, clear, () => {
    enabled = false;
    clear();
  }) : null;

  const cache: IdentityCache = {
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
    getOrLoad<T>(key: string, load: () => Promise<T | undefined>): Promise<T | undefined> {
      const cached = cache.get<T>(key);
      if (cached !== undefined) return Promise.resolve(cached);
      if (!enabled) return load();
      const shared = loading.get(key) as Promise<T | undefined> | undefined;
      if (shared) return shared;
      const startedIn = generation;
      const loaded = load().then(
        (row) => {
          if (generation === startedIn) {
            loading.delete(key);
            if (row !== undefined) cache.set(key, row);
          }
          return row;
        },
        (error: unknown) => {
          if (generation === startedIn) loading.delete(key);
          throw error;
        },
      );
      loading.set(key, loaded);
      return loaded;
    },
    clear,
    async close() {
      enabled = false;
      clear();
      await listener?.end().catch(() => undefined);
    },
  };
  return cache;
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
