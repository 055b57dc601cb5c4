/**
 * 空间数据查询 — the SQL of the territory module: layer versions (in force, at a date), the layer catalogue, the
 * units and rule documents the resolvers are built from, and the key that says whether any of them changed.
 */
import type pg from 'pg';
import type { FeatureCollection } from '../../../core/territory';

/** 图层版本行 */
export interface LayerVersionRow {
  layer: string;
  version: number;
  geojson: FeatureCollection;
  contentHash: string;
  featureCount: number;
  source: string;
  verified: boolean;
  approximate: boolean;
  origin: 'zone-pack' | 'import';
  validFrom: Date | null;
  validTo: Date | null;
}

const VERSION_COLUMNS = `layer, version, geojson, content_hash as "contentHash", feature_count as "featureCount", source, verified,
  approximate, origin, valid_from as "validFrom", valid_to as "validTo"`;

export async function listVersionsInForce(db: pg.Pool | pg.PoolClient, zoneId: string): Promise<LayerVersionRow[]> {
  const { rows } = await db.query<LayerVersionRow>(
    `select ${VERSION_COLUMNS} from territory_layer_versions where zone_id = $1 and valid_to is null order by layer`,
    [zoneId],
  );
  return rows;
}

/** The version in force at `asOf`: valid_from ≤ asOf < valid_to, a null bound being open. */
export async function findVersionAsOf(db: pg.Pool, zoneId: string, layer: string, asOf: Date | null): Promise<LayerVersionRow | null> {
  const { rows } = await db.query<LayerVersionRow>(
    `select ${VERSION_COLUMNS}
       from territory_layer_versions
      where zone_id = $1 and layer = $2
        and ($3::timestamptz is null and valid_to is null
             or $3::timestamptz is not null and (valid_from is null or valid_from <= $3) and (valid_to is null or valid_to > $3))
      order by version desc
      limit 1`,
    [zoneId, layer, asOf],
  );
  return rows[0] ?? null;
}

/** 图层目录行 — a layer of the zone pack with the version in force. */
export interface CatalogueRow {
  layer: string;
  name: string;
  nameEn: string;
  geometry: string;
  version: number;
  origin: 'zone-pack' | 'import';
  approximate: boolean;
  verified: boolean;
  source: string;
  featureCount: number;
  validFrom: Date | null;
  contentHash: string;
}

export async function listCatalogue(db: pg.Pool, zoneId: string): Promise<CatalogueRow[]> {
  const { rows } = await db.query<CatalogueRow>(
    `select l.layer, l.name, l.name_en as "nameEn", l.geometry, v.version, v.origin, v.approximate, v.verified, v.source,
            v.feature_count as "featureCount", v.valid_from as "validFrom", v.content_hash as "contentHash"
       from territory_layers l
       join territory_layer_versions v on v.zone_id = l.zone_id and v.layer = l.layer and v.valid_to is null
      where l.zone_id = $1
      order by l.sort_order`,
    [zoneId],
  );
  return rows;
}

/** 单位行 — an active unit of the zone as the resolvers and routes name it. */
export interface UnitRow {
  id: string;
  kind: string;
  name: string;
  nameEn: string;
  code: string | null;
  area: 'original' | 'expansion' | null;
  approvalMark: string | null;
}

export async function listUnits(db: pg.Pool, zoneId: string): Promise<UnitRow[]> {
  const { rows } = await db.query<UnitRow>(
    `select id, kind, name, name_en as "nameEn", code, area, attributes ->> 'approvalMark' as "approvalMark"
       from org_units
      where zone_id = $1 and retired_at is null and kind not in ('enterprise', 'expert-pool')
      order by sort_order, id`,
    [zoneId],
  );
  return rows;
}

export async function listRuleSets(db: pg.Pool, zoneId: string): Promise<Map<string, unknown>> {
  const { rows } = await db.query<{ kind: string; document: unknown }>('select kind, document from zone_rule_sets where zone_id = $1', [zoneId]);
  return new Map(rows.map((r) => [r.kind, r.document]));
}

/** Changes whenever a layer version, a rule document or a unit changes: the resolvers are rebuilt when it does. */
export async function readTerritoryKey(db: pg.Pool, zoneId: string): Promise<string> {
  const { rows } = await db.query<{ key: string }>(
    `select coalesce((select string_agg(layer || ':' || version, ',' order by layer)
                        from territory_layer_versions where zone_id = $1 and valid_to is null), '')
            || '|' || coalesce((select string_agg(kind || ':' || content_hash, ',' order by kind)
                                  from zone_rule_sets where zone_id = $1), '')
            || '|' || coalesce((select max(updated_at)::text || count(*) from org_units where zone_id = $1), '') as key`,
    [zoneId],
  );
  return rows[0]!.key;
}
