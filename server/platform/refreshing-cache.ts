/**
 * 自刷新缓存 — a value built from the database and held in memory on this app node: rebuilt right away on demand
 * (after a change made here), and, because other nodes change the data too, whenever its key in the database has
 * changed (checked at most every `refreshMs`). The database stays the source of truth; a node answers from a stale
 * value for at most that long. Concurrent callers share one check and one build.
 */
export interface RefreshingCache<T> {
  current(): Promise<T>;
  reload(): Promise<T>;
}

export interface RefreshingCacheOptions<T> {
  readKey: () => Promise<string>;
  build: (key: string) => Promise<T>;
  refreshMs?: number;
  now?: () => number;
}

export function createRefreshingCache<T>(options: RefreshingCacheOptions<T>): RefreshingCache<T> {
  const { readKey, build } = options;
  const refreshMs = options.refreshMs ?? 2_000;
  const now = options.now ?? Date.now;
  let held: { key: string; value: T } | null = null;
  let checkedAt = 0;
  let pending: Promise<{ key: string; value: T }> | null = null;

  function once(work: () => Promise<{ key: string; value: T }>): Promise<T> {
    pending ??= work().then(
      (built) => {
        held = built;
        checkedAt = now();
        pending = null;
        return built;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending.then((built) => built.value);
  }

  const load = async (key: string) => ({ key, value: await build(key) });

  return {
    async current() {
      if (held !== null && now() - checkedAt < refreshMs) return held.value;
      if (pending) return (await pending).value;
      return once(async () => {
        const key = await readKey();
        return held !== null && held.key === key ? held : load(key);
      });
    },
    async reload() {
      // A check that began before the change must not win over the reload.
      if (pending) await pending.catch(() => undefined);
      return once(async () => load(await readKey()));
    },
  };
}
