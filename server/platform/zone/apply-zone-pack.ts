/**
 * 应用园区配置包 — brings the database in line with a validated zone pack, in one transaction under an advisory
 * lock (two app nodes starting together take turns). When the stored hash equals the pack's, nothing is written:
 * loading the same pack twice changes nothing. Otherwise only what differs is written; units and matters dropped
 * from the pack are retired, not deleted, because other data refers to them.
 */
import type pg from 'pg';
import type { ZonePack } from '../../../core/zone';
import { inTransaction } from '../db/transaction';
import { hashZonePack } from './hash-zone-pack';
import { writeRegistrySources } from './write-registry-sources';
import { writeZoneLayers } from './write-zone-layers';
import { writeZonePolicies } from './write-zone-policies';
import { writeZoneResponsibilities } from './write-zone-responsibilities';
import { writeZoneRuleSets } from './write-zone-rule-sets';
import { writeZoneUnits } from './write-zone-units';
import { writeZoneWorkflows } from './write-zone-workflows';

/** Rows written by one apply, for the start log. */
export interface ZonePackChanges {
  units: number;
  retiredUnits: number;
  responsibilities: number;
  retiredResponsibilities: number;
  layers: number;
  removedLayers: number;
  /** Gazetteer and routing documents written or removed. */
  ruleSets: number;
  /** The policy catalogue, written or removed (0 or 1). */
  policies: number;
  /** Registry sources and settings written or removed. */
  registry: number;
  /** Workflow definitions written (each of the pack's current versions). */
  workflows: number;
}

export interface ApplyZonePackResult {
  changed: boolean;
  hash: string;
  changes: ZonePackChanges;
}

const NO_CHANGES: ZonePackChanges = {
  units: 0,
  retiredUnits: 0,
  responsibilities: 0,
  retiredResponsibilities: 0,
  layers: 0,
  removedLayers: 0,
  ruleSets: 0,
  policies: 0,
  registry: 0,
  workflows: 0,
};

export async function applyZonePack(pool: pg.Pool, pack: ZonePack): Promise<ApplyZonePackResult> {
  const hash = hashZonePack(pack);
  return inTransaction(pool, async (client) => {
    await client.query(`select pg_advisory_xact_lock(hashtextextended('zjsc:zone-pack', 0))`);
    const stored = await client.query<{ pack_hash: string }>('select pack_hash from zones where id = $1', [pack.zone.id]);
    if (stored.rows[0]?.pack_hash === hash) return { changed: false, hash, changes: NO_CHANGES };
    await writeZone(client, pack, hash);
    const units = await writeZoneUnits(client, pack.zone.id, pack.units);
    const responsibilities = await writeZoneResponsibilities(client, pack.zone.id, pack.responsibilities);
    const layers = await writeZoneLayers(client, pack.zone.id, pack.layers);
    const ruleSets = await writeZoneRuleSets(client, pack.zone.id, pack);
    const policies = await writeZonePolicies(client, pack.zone.id, pack.policies);
    const registry = await writeRegistrySources(client, pack.zone.id, pack.registry);
    const workflows = await writeZoneWorkflows(client, pack.zone.id, pack.workflows);
    return {
      changed: true,
      hash,
      changes: {
        units: units.written,
        retiredUnits: units.retired,
        responsibilities: responsibilities.written,
        retiredResponsibilities: responsibilities.retired,
        layers: layers.written,
        removedLayers: layers.removed,
        ruleSets,
        policies,
        registry,
        workflows,
      },
    };
  });
}

async function writeZone(client: pg.PoolClient, pack: ZonePack, hash: string): Promise<void> {
  const { zone } = pack;
  await client.query(
    `insert into zones (id, name, name_en, description, description_en, sources, source, verified, pack_hash)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9)
     on conflict (id) do update
        set name = excluded.name, name_en = excluded.name_en, description = excluded.description,
            description_en = excluded.description_en, sources = excluded.sources, source = excluded.source,
            verified = excluded.verified, pack_hash = excluded.pack_hash, applied_at = now()`,
    [zone.id, zone.name, zone.nameEn, zone.description, zone.descriptionEn, JSON.stringify(zone.sources), zone.source,
      zone.verified, hash],
  );
}
