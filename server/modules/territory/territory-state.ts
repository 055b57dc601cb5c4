/**
 * 空间服务状态 — the Territory an app node answers from. Built at start; rebuilt right away after an import on
 * this node, and, because other nodes import too, whenever the territory key in the database has changed (checked
 * at most every `refreshMs`). The database stays the source of truth: a node never serves a stale layer for
 * longer than that.
 */
import type pg from 'pg';
import { createRefreshingCache, type RefreshingCache } from '../../platform/refreshing-cache';
import { buildTerritory, type Territory } from './build-territory';
import { listRuleSets, listUnits, listVersionsInForce, readTerritoryKey } from './territory.repository';

export type TerritoryState = RefreshingCache<Territory>;

export function createTerritoryState(pool: pg.Pool, zoneId: string, options: { refreshMs?: number; now?: () => number } = {}): TerritoryState {
  return createRefreshingCache({
    readKey: () => readTerritoryKey(pool, zoneId),
    build: async (key) => {
      const [versions, units, ruleSets] = await Promise.all([listVersionsInForce(pool, zoneId), listUnits(pool, zoneId), listRuleSets(pool, zoneId)]);
      return buildTerritory(key, versions, units, ruleSets);
    },
    ...options,
  });
}
