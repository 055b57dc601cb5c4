/**
 * 配置包图层入版本 — keeps the versions table in step with the zone pack's layers (territory_layers): a layer without
 * versions gets version 1 (in force from the beginning); when the pack's file changed and the version in force came
 * from the pack, the new file becomes the next version. A version imported by an administrator is never replaced
 * by the pack: official boundaries win over the illustrative ones. Runs at start, under an advisory lock.
 */
import type pg from 'pg';
import { writeAudit } from '../../platform/audit';
import { inTransaction } from '../../platform/db/transaction';

export interface SyncedVersion {
  layer: string;
  version: number;
}

export async function syncPackLayerVersions(pool: pg.Pool, zoneId: string): Promise<SyncedVersion[]> {
  return inTransaction(pool, async (client) => {
    await client.query(`select pg_advisory_xact_lock(hashtextextended('zjsc:territory-layers', 0))`);
    const { rows } = await client.query<{ layer: string; packHash: string; packMeta: string; version: number | null; origin: string | null; hash: string | null; meta: string | null; maxVersion: number | null }>(
      `select l.layer, l.content_hash as "packHash", concat_ws('/', l.source, l.verified, l.approximate) as "packMeta",
              v.version, v.origin, v.content_hash as hash, concat_ws('/', v.source, v.verified, v.approximate) as meta,
              (select max(version) from territory_layer_versions m where m.zone_id = l.zone_id and m.layer = l.layer) as "maxVersion"
         from territory_layers l
         left join territory_layer_versions v on v.zone_id = l.zone_id and v.layer = l.layer and v.valid_to is null
        where l.zone_id = $1
        order by l.sort_order`,
      [zoneId],
    );
    const synced: SyncedVersion[] = [];
    for (const row of rows) {
      const isStale = row.origin === 'zone-pack' && (row.hash !== row.packHash || row.meta !== row.packMeta);
      if (row.version !== null && !isStale) continue;
      const version = (row.maxVersion ?? 0) + 1;
      if (row.version !== null) {
        await client.query('update territory_layer_versions set valid_to = now() where zone_id = $1 and layer = $2 and version = $3', [zoneId, row.layer, row.version]);
      }
      await client.query(
        `insert into territory_layer_versions
                (zone_id, layer, version, geojson, content_hash, feature_count, source, verified, approximate, origin, valid_from)
         select zone_id, layer, $3, geojson, content_hash, jsonb_array_length(geojson -> 'features'), source, verified, approximate,
                'zone-pack', case when $3 = 1 then null else now() end
           from territory_layers where zone_id = $1 and layer = $2`,
        [zoneId, row.layer, version],
      );
      synced.push({ layer: row.layer, version });
    }
    if (synced.length > 0) {
      await writeAudit(client, {
        actorUserId: null, actingUnitId: null, capacity: 'own', action: 'territory.layer.version-from-pack', objectType: 'territory-layer',
        objectId: null, after: { zoneId, versions: synced }, requestId: null, clientAddress: null,
      });
    }
    return synced;
  });
}
