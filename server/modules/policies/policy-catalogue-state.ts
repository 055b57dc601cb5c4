/**
 * 政策目录状态 — the catalogue in force an app node answers from: rebuilt after a publication on this node, and
 * when the stored rule files or the published revisions change (other nodes publish too).
 */
import type pg from 'pg';
import { readCatalogueKey } from './catalogue.repository';
import { loadCatalogueInForce, type CatalogueInForce } from './load-catalogue-in-force';
import { createRefreshingCache, type RefreshingCache } from '../../platform/refreshing-cache';

export type PolicyCatalogueState = RefreshingCache<CatalogueInForce>;

export function createPolicyCatalogueState(
  pool: pg.Pool,
  zoneId: string,
  /** Told about revisions that no longer apply onto the pack, once per build. */
  onSkipped?: (skipped: CatalogueInForce['skipped']) => void,
): PolicyCatalogueState {
  return createRefreshingCache({
    readKey: () => readCatalogueKey(pool, zoneId),
    build: async (key) => {
      const built = await loadCatalogueInForce(pool, zoneId, key);
      if (built.skipped.length > 0) onSkipped?.(built.skipped);
      return built;
    },
  });
}
