/**
 * 归并所需配置 — what resolution and the reviewers' corrections share: the sources (trust order, coordinate systems,
 * the statistics directory), survivorship rules, the industry classifier, the zone's place names (stripped from
 * enterprise names as regional prefixes), the reviewers' decisions and the locations officers set by hand.
 */
import type pg from 'pg';
import { createIndustryClassifier, type SourceCrs } from '../../../../core/registry';
import type { Territory } from '../../territory';
import type { EnterpriseLocation } from '../locate/enterprise-location';
import { listRegistrySources } from '../import/registry-sources.repository';
import type { EnterpriseContext } from './build-enterprise';
import { loadRegistrySettings } from './registry-settings.repository';

/** 归并配置. */
export interface ResolutionContext extends EnterpriseContext {
  readonly territory: Territory;
  readonly regionNames: readonly string[];
}

export async function loadResolutionContext(db: pg.Pool | pg.ClientBase, zoneId: string, territory: Territory): Promise<ResolutionContext> {
  const [sources, settings] = [await listRegistrySources(db, zoneId), await loadRegistrySettings(db, zoneId)];
  const fieldOrder = Object.fromEntries(Object.entries(settings.survivorship).filter(([, order]) => order !== undefined)) as Record<string, readonly string[]>;
  return {
    territory,
    survivorship: { sourceOrder: sources.map((s) => s.id), fieldOrder },
    classify: createIndustryClassifier(settings.industries, settings.industryLabels),
    directorySourceId: sources.find((s) => s.isStatisticsDirectory)?.id ?? null,
    crsOfSource: new Map<string, SourceCrs>(sources.map((s) => [s.id, s.template.crs ?? 'wgs84'])),
    regionNames: listRegionNames(territory),
  };
}

/** A source's place in the trust order (lower is more trusted); unknown sources rank last. */
export function rankOf(order: readonly string[], source: string): number {
  const at = order.indexOf(source);
  return at < 0 ? order.length : at;
}

/** The zone's towns, with and without 镇/街道 (张江镇 and 张江): firms put them before or inside their names. */
function listRegionNames(territory: Territory): string[] {
  const names = new Set<string>();
  for (const town of territory.names.towns) {
    names.add(town.name);
    const short = town.name.replace(/(新镇|镇|街道|乡)$/, '');
    if (short.length >= 2) names.add(short);
  }
  return [...names];
}

/** 人工判定 — the zone's decisions on pairs of records. */
export async function loadMatchDecisions(db: pg.Pool | pg.ClientBase, zoneId: string): Promise<Array<{ a: string; b: string; decision: 'same' | 'different' }>> {
  const { rows } = await db.query<{ a: string; b: string; decision: 'same' | 'different' }>(
    'select record_a as a, record_b as b, decision from registry_match_decisions where zone_id = $1 order by decided_at, record_a, record_b',
    [zoneId],
  );
  return rows;
}

/** 手工定位 — by record id, the manual location of the enterprise each record belongs to (of the given enterprises, or all). */
export async function loadManualLocations(db: pg.Pool | pg.ClientBase, zoneId: string, enterpriseIds?: readonly string[]): Promise<Map<string, EnterpriseLocation>> {
  const { rows } = await db.query<{
    record_id: string; area: 'original' | 'expansion' | null; in_zone: boolean | null; town_code: string | null; body_id: string | null;
    community: string | null; lng: number | null; lat: number | null;
  }>(
    `select l.record_id, e.area, e.in_zone, e.town_code, e.body_id, e.community, e.lng, e.lat
       from registry_enterprises e join registry_record_links l on l.enterprise_id = e.id
      where e.zone_id = $1 and e.located_by = 'manual' and ($2::text[] is null or e.id = any($2::text[]))`,
    [zoneId, enterpriseIds ?? null],
  );
  return new Map(
    rows.map((r) => [
      r.record_id,
      { area: r.area, inZone: r.in_zone, townCode: r.town_code, bodyId: r.body_id, community: r.community, lng: r.lng, lat: r.lat, locatedBy: 'manual' as const },
    ]),
  );
}
