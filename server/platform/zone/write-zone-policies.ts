/**
 * 写入政策目录 — stores the texts of the pack's policy rule files for the policies module, which parses them on every
 * app node (the catalogue in force = these files + the revisions published since). A pack without policies removes
 * the row; an unchanged catalogue is not rewritten. Runs inside applyZonePack's transaction.
 */
import type pg from 'pg';
import type { ZonePackPolicies } from '../../../core/zone';
import { hashJson } from './hash-zone-pack';

export async function writeZonePolicies(client: pg.PoolClient, zoneId: string, policies: ZonePackPolicies | undefined): Promise<number> {
  if (!policies) return (await client.query('delete from policy_catalogues where zone_id = $1', [zoneId])).rowCount ?? 0;
  const result = await client.query(
    `insert into policy_catalogues as c (zone_id, documents, content_hash)
     values ($1, $2::jsonb, $3)
     on conflict (zone_id) do update
        set documents = excluded.documents, content_hash = excluded.content_hash, loaded_at = now()
      where c.content_hash is distinct from excluded.content_hash`,
    [zoneId, JSON.stringify(policies.documents), hashJson(policies.catalog)],
  );
  return result.rowCount ?? 0;
}
