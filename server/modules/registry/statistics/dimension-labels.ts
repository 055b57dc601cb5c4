/**
 * 维度名称 — the label of each value of a statistics dimension, in the caller's language: the catalogue's words for
 * areas, industries and segments; the zone's names for towns and bodies (organisation units) and communities (the
 * communities layer in force). A value no name is known for is shown as it is.
 */
import type pg from 'pg';
import type { Locale } from '../../../../core/errors';
import { AREA_LABELS, CHAIN_SEGMENT_LABELS, INDUSTRY_LABELS, labelOf } from '../read/registry-labels';
import type { StatisticsDimension } from './statistics.schema';

export type DimensionLabel = (key: string | null) => string;

const NONE: Record<'place' | 'class', readonly [string, string]> = {
  place: ['未定位', 'Not placed'],
  class: ['未分类', 'Not classified'],
};

export async function loadDimensionLabels(pool: pg.Pool, zoneId: string, by: StatisticsDimension, locale: Locale): Promise<DimensionLabel> {
  const pick = (pair: readonly [string, string]) => pair[locale === 'zh-CN' ? 0 : 1];
  const none = pick(by === 'industry' || by === 'chainSegment' ? NONE.class : NONE.place);
  const fromTable = (labels: Parameters<typeof labelOf>[0]): DimensionLabel => (key) => labelOf(labels, key, locale) ?? none;
  switch (by) {
    case 'area':
      return fromTable(AREA_LABELS);
    case 'industry':
      return fromTable(INDUSTRY_LABELS);
    case 'chainSegment':
      return fromTable(CHAIN_SEGMENT_LABELS);
    case 'town':
    case 'body':
    case 'community': {
      const names = await loadPlaceNames(pool, zoneId, by);
      return (key) => (key === null ? none : (names.get(key)?.[locale === 'zh-CN' ? 0 : 1] ?? key));
    }
  }
}

async function loadPlaceNames(pool: pg.Pool, zoneId: string, by: 'town' | 'body' | 'community'): Promise<Map<string, [string, string]>> {
  const sql = {
    town: `select code as key, name, name_en from org_units where zone_id = $1 and kind = 'town' and code is not null and retired_at is null`,
    body: `select id as key, name, name_en from org_units where zone_id = $1 and kind = 'body'`,
    community: `select coalesce(f -> 'properties' ->> 'id', f ->> 'id') as key, f -> 'properties' ->> 'name' as name,
                       coalesce(f -> 'properties' ->> 'nameEn', f -> 'properties' ->> 'name') as name_en
                  from jsonb_array_elements(coalesce(
                         (select geojson from territory_layer_versions where zone_id = $1 and layer = 'communities' and valid_to is null),
                         (select geojson from territory_layers where zone_id = $1 and layer = 'communities')) -> 'features') f`,
  }[by];
  const { rows } = await pool.query<{ key: string | null; name: string | null; name_en: string | null }>(sql, [zoneId]);
  return new Map(rows.filter((row) => row.key && row.name).map((row) => [row.key!, [row.name!, row.name_en ?? row.name!]]));
}
