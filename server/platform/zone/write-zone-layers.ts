/**
 * 写入图层 — stores each layer's GeoJSON with its provenance and content hash. A layer whose content and
 * metadata are unchanged is not rewritten; a layer the pack no longer lists is removed (nothing refers to layers).
 * Runs inside applyZonePack's transaction.
 */
import type pg from 'pg';
import type { TerritoryLayer } from '../../../core/zone';
import { hashJson } from './hash-zone-pack';

export interface LayerChanges {
  written: number;
  removed: number;
}

export async function writeZoneLayers(client: pg.PoolClient, zoneId: string, layers: TerritoryLayer[]): Promise<LayerChanges> {
  const removed = await client.query('delete from territory_layers where zone_id = $1 and not (layer = any($2::text[]))', [
    zoneId,
    layers.map((l) => l.layer),
  ]);
  let written = 0;
  for (const [index, layer] of layers.entries()) {
    const result = await client.query(
      `insert into territory_layers as t
              (zone_id, layer, name, name_en, file, geometry, unit_kind, geojson, content_hash, source, verified,
               approximate, sort_order)
       values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13)
       on conflict (zone_id, layer) do update
          set name = excluded.name, name_en = excluded.name_en, file = excluded.file, geometry = excluded.geometry,
              unit_kind = excluded.unit_kind, geojson = excluded.geojson, content_hash = excluded.content_hash,
              source = excluded.source, verified = excluded.verified, approximate = excluded.approximate,
              sort_order = excluded.sort_order, loaded_at = now()
        where (t.name, t.name_en, t.file, t.geometry, t.unit_kind, t.content_hash, t.source, t.verified, t.approximate,
               t.sort_order)
              is distinct from
              (excluded.name, excluded.name_en, excluded.file, excluded.geometry, excluded.unit_kind,
               excluded.content_hash, excluded.source, excluded.verified, excluded.approximate, excluded.sort_order)`,
      [
        zoneId,
        layer.layer,
        layer.name,
        layer.nameEn,
        layer.file,
        layer.geometry,
        layer.unitKind ?? null,
        JSON.stringify(layer.geojson),
        hashJson(layer.geojson),
        layer.source,
        layer.verified,
        layer.approximate,
        index,
      ],
    );
    written += result.rowCount ?? 0;
  }
  return { written, removed: removed.rowCount ?? 0 };
}
