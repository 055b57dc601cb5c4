/** 图层目录 — GET /api/territory/layers: every layer of the zone with the version in force and its provenance. */
import type pg from 'pg';
import { IMPORTABLE_LAYERS } from './import/validate-layer-import';
import { listCatalogue } from './territory.repository';

/** 图层信息 */
export interface LayerInfo {
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
  /** ISO time the version came into force; null for the zone pack's first version (in force from the beginning). */
  validFrom: string | null;
  contentHash: string;
  importable: boolean;
}

export async function listLayers(pool: pg.Pool, zoneId: string): Promise<{ layers: LayerInfo[] }> {
  const rows = await listCatalogue(pool, zoneId);
  return {
    layers: rows.map((row) => ({
      ...row,
      validFrom: row.validFrom?.toISOString() ?? null,
      importable: (IMPORTABLE_LAYERS as readonly string[]).includes(row.layer),
    })),
  };
}
