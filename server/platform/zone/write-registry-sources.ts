/**
 * 写入企业清单配置 — stores registry.yaml: each source with its trust rank, statistics-directory flag and
 * column-mapping template (registry_sources), and the survivorship orders and industry mapping (registry_settings).
 * Unchanged rows are not rewritten. A source the pack no longer lists is removed only while no import refers to it;
 * otherwise it stays, so the records and batches it produced keep their source. Runs inside applyZonePack's
 * transaction.
 */
import type pg from 'pg';
import type { RegistryConfig } from '../../../core/zone';
import { hashJson } from './hash-zone-pack';

export async function writeRegistrySources(client: pg.PoolClient, zoneId: string, registry: RegistryConfig | undefined): Promise<number> {
  const sources = registry?.sources ?? [];
  let written = 0;
  written += (
    await client.query(
      `delete from registry_sources s
        where s.zone_id = $1 and not (s.id = any($2::text[]))
          and not exists (select 1 from registry_import_batches b where b.zone_id = s.zone_id and b.source_id = s.id)`,
      [zoneId, sources.map((s) => s.id)],
    )
  ).rowCount ?? 0;
  // One directory per zone (a unique index): clear the flag where it moves away before setting it anywhere.
  written += (await client.query(
    `update registry_sources set is_statistics_directory = false
      where zone_id = $1 and is_statistics_directory and not (id = any($2::text[]))`,
    [zoneId, sources.filter((s) => s.statisticsDirectory).map((s) => s.id)],
  )).rowCount ?? 0;
  for (const source of sources) {
    const mapping = { columns: source.columns, required: source.required, rowKey: source.rowKey, amountUnit: source.amountUnit, crs: source.crs };
    const result = await client.query(
      `insert into registry_sources as s (zone_id, id, name, name_en, trust_rank, is_statistics_directory, mapping)
       values ($1, $2, $3, $4, $5, $6, $7::jsonb)
       on conflict (zone_id, id) do update
          set name = excluded.name, name_en = excluded.name_en, trust_rank = excluded.trust_rank,
              is_statistics_directory = excluded.is_statistics_directory, mapping = excluded.mapping
        where (s.name, s.name_en, s.trust_rank, s.is_statistics_directory, s.mapping)
              is distinct from
              (excluded.name, excluded.name_en, excluded.trust_rank, excluded.is_statistics_directory, excluded.mapping)`,
      [zoneId, source.id, source.name, source.nameEn, source.trustRank, source.statisticsDirectory, JSON.stringify(mapping)],
    );
    written += result.rowCount ?? 0;
  }
  if (registry === undefined) {
    return written + ((await client.query('delete from registry_settings where zone_id = $1', [zoneId])).rowCount ?? 0);
  }
  const document = { survivorship: registry.survivorship, industryLabels: registry.industryLabels, industries: registry.industries };
  const result = await client.query(
    `insert into registry_settings as r (zone_id, version, document, content_hash)
     values ($1, $2, $3::jsonb, $4)
     on conflict (zone_id) do update
        set version = excluded.version, document = excluded.document, content_hash = excluded.content_hash, loaded_at = now()
      where r.content_hash is distinct from excluded.content_hash`,
    [zoneId, registry.version, JSON.stringify(document), hashJson(document)],
  );
  return written + (result.rowCount ?? 0);
}
