/**
 * 写入规则文件 — stores the pack's gazetteer and routing rules (validated JSON) for the territory module; a document
 * the pack no longer has is removed, an unchanged one is not rewritten. Runs inside applyZonePack's transaction.
 */
import type pg from 'pg';
import type { ZonePack } from '../../../core/zone';
import { hashJson } from './hash-zone-pack';

export async function writeZoneRuleSets(client: pg.PoolClient, zoneId: string, pack: ZonePack): Promise<number> {
  const documents = { gazetteer: pack.gazetteer, routing: pack.routing };
  let written = 0;
  for (const [kind, document] of Object.entries(documents)) {
    if (document === undefined) {
      written += (await client.query('delete from zone_rule_sets where zone_id = $1 and kind = $2', [zoneId, kind])).rowCount ?? 0;
      continue;
    }
    const result = await client.query(
      `insert into zone_rule_sets as r (zone_id, kind, version, document, content_hash)
       values ($1, $2, $3, $4::jsonb, $5)
       on conflict (zone_id, kind) do update
          set version = excluded.version, document = excluded.document, content_hash = excluded.content_hash, loaded_at = now()
        where r.content_hash is distinct from excluded.content_hash`,
      [zoneId, kind, document.version, JSON.stringify(document), hashJson(document)],
    );
    written += result.rowCount ?? 0;
  }
  return written;
}
