/** 数据来源 — the zone's registry sources as the zone pack wrote them (registry_sources), with their templates. */
import type pg from 'pg';
import { AppError } from '../../../../core/errors';
import type { ColumnTemplate } from '../../../../core/registry';

/** 数据来源 — a named source of enterprise records. */
export interface RegistrySource {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  /** Lower is more trusted. */
  readonly trustRank: number;
  readonly isStatisticsDirectory: boolean;
  readonly template: ColumnTemplate;
}

interface SourceRow {
  id: string;
  name: string;
  name_en: string;
  trust_rank: number;
  is_statistics_directory: boolean;
  mapping: ColumnTemplate;
}

/** The sources, most trusted first. */
export async function listRegistrySources(db: pg.Pool | pg.ClientBase, zoneId: string): Promise<RegistrySource[]> {
  const { rows } = await db.query<SourceRow>(
    `select id, name, name_en, trust_rank, is_statistics_directory, mapping
       from registry_sources where zone_id = $1 order by trust_rank, id`,
    [zoneId],
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    nameEn: row.name_en,
    trustRank: row.trust_rank,
    isStatisticsDirectory: row.is_statistics_directory,
    template: row.mapping,
  }));
}

/** The source with this id; REGISTRY_SOURCE_UNKNOWN (naming `field` and the known ids) when there is none. */
export async function getRegistrySource(db: pg.Pool | pg.ClientBase, zoneId: string, id: string, field = 'source'): Promise<RegistrySource> {
  const sources = await listRegistrySources(db, zoneId);
  const source = sources.find((s) => s.id === id);
  if (!source) throw new AppError('REGISTRY_SOURCE_UNKNOWN', { field, fields: [field], source: id, known: sources.map((s) => s.id).join(', ') });
  return source;
}
