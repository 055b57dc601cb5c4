/** 企业清单配置 — the zone pack's survivorship orders and industry mapping, as apply wrote them (registry_settings). */
import type pg from 'pg';
import type { Industry, IndustryRule } from '../../../../core/registry';

/** 企业清单配置. */
export interface RegistrySettings {
  /** Field → source ids in order of trust, where it differs from the trust ranks. */
  readonly survivorship: Readonly<Record<string, readonly string[]>>;
  readonly industryLabels: Readonly<Record<string, Industry>>;
  readonly industries: readonly IndustryRule[];
}

const NONE: RegistrySettings = { survivorship: {}, industryLabels: {}, industries: [] };

export async function loadRegistrySettings(db: pg.Pool | pg.ClientBase, zoneId: string): Promise<RegistrySettings> {
  const { rows } = await db.query<{ document: RegistrySettings }>('select document from registry_settings where zone_id = $1', [zoneId]);
  return rows[0]?.document ?? NONE;
}
