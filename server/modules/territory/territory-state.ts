/**
 * 空间服务状态 — the Territory an app node answers from. Built at start; rebuilt right away after an import on
 * this node, and, because other nodes import too, whenever the territory key in the database has changed (checked
 * at most every `refreshMs`). The database stays the source of truth: a node never serves a stale layer for
 * longer than that.
 */
import type pg from 'pg';
import { buildTerritory, type Territory } from './build-territory';
import { listRuleSets, listUnits, listVersionsInForce, readTerritoryKey } from './territory.repository';

export interface TerritoryState {
  current(): Promise<Territory>;
  reload(): Promise<Territory>;
}

export function createTerritoryState(pool: pg.Pool, zoneId: string, options: { refreshMs?: number; now?: () => number } = {}): TerritoryState {
  const refreshMs = options.refreshMs ?? 2_000;
  const now = options.now ?? Date.now;
  let territory: Territory | null = null;
  let checkedAt = 0;
  let pending: Promise<Territory> | null = null;

  async function load(knownKey?: string): Promise<Territory> {
    const key = knownKey ?? (await readTerritoryKey(pool, zoneId));
    const [versions, units, ruleSets] = await Promise.all([listVersionsInForce(pool, zoneId), listUnits(pool, zoneId), listRuleSets(pool, zoneId)]);
    return buildTerritory(key, versions, units, ruleSets);
  }

  function once(work: () => Promise<Territory>): Promise<Territory> {
    pending ??= work().then(
      (built) => {
        territory = built;
        checkedAt = now();
        pending = null;
        return built;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  }

  return {
    async current() {
      if (territory !== null && now() - checkedAt < refreshMs) return territory;
      if (pending) return pending;
      return once(async () => {
        const key = await readTerritoryKey(pool, zoneId);
        return territory !== null && territory.key === key ? territory : load(key);
      });
    },
    async reload() {
      // A check that began before the change must not win over the reload.
      if (pending) await pending.catch(() => undefined);
      return once(() => load());
    },
  };
}
