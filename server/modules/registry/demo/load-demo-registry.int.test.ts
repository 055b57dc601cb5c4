import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveZoneDir } from '../../../platform/zone/load-zone-pack';
import { createTempDir, removeTempDir } from '../../../test/temp-dir';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { syncPackLayerVersions } from '../../territory';
import { DEMO_ENTERPRISES } from '../../accounts';
import { DEMO_FIRM_PROFILES } from './import-demo-account-enterprises';
import { loadDemoRegistry } from './load-demo-registry';
import type { SyntheticManifest } from './write-synthetic-registry';

let db: TestDatabase;
let dataDir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  dataDir = await createTempDir('demo-registry');
  await syncPackLayerVersions(db.pool, 'zhangjiang');
});

afterAll(async () => {
  await db?.drop();
  await removeTempDir(dataDir);
});

describe('demo registry', () => {
  it('generates the synthetic files with their ground truth, imports them through the pipeline and resolves once', async () => {
    const result = await loadDemoRegistry(db.pool, 'zhangjiang', { dataDir, zoneDir: resolveZoneDir('zhangjiang'), count: 400, seed: 5 });
    expect(result.loaded).toBe(true);
    if (!result.loaded) return;
    const manifest = JSON.parse(await readFile(path.join(result.dir, 'manifest.json'), 'utf8')) as SyntheticManifest;
    expect(manifest.sources.map((s) => [s.source, s.format, s.encoding])).toEqual([
      ['market-regulation', 'csv', 'utf-8-bom'],
      ['tax', 'csv', 'gbk'],
      ['statistics', 'xlsx', null],
      ['body-list', 'csv', 'utf-8'],
    ]);
    expect(await readFile(path.join(result.dir, manifest.groundTruth), 'utf8')).toMatch(/^source,record_id,enterprise_id\r\n/);
    const batches = await db.pool.query<{ source_id: string; file_format: string; encoding: string | null; status: string; rows_valid: number }>(
      `select source_id, file_format, encoding, status, rows_valid from registry_import_batches
        where file_name not like 'demo:demo-accounts/%' order by id`,
    );
    expect(batches.rows.map((b) => [b.source_id, b.file_format, b.encoding, b.status])).toEqual([
      ['market-regulation', 'csv', 'utf-8', 'done'],
      ['tax', 'csv', 'gb18030', 'done'],
      ['statistics', 'xlsx', null, 'done'],
      ['body-list', 'csv', 'utf-8', 'done'],
    ]);
    expect(batches.rows.map((b) => b.rows_valid)).toEqual(manifest.sources.map((s) => s.rows));
    // A body's list is keyed by name: the same firm listed twice under one name is one record.
    // … and the demo accounts' firms come on top, one record per source each.
    expect(result.stats.records).toBeLessThanOrEqual(manifest.records + DEMO_ENTERPRISES.length * manifest.sources.length);
    expect(result.stats.records).toBeGreaterThan(manifest.records - 20);
    expect(result.stats.enterprises).toBeGreaterThan(380);
    expect(result.stats.enterprises).toBeLessThan(430);
    const located = await db.pool.query<{ n: number }>(`select count(*)::int as n from registry_enterprises where located_by = 'coordinates'`);
    expect(located.rows[0]!.n).toBeGreaterThan(50);
  });

  it('places nearly every firm: coordinates drawn inside the zone, the statistics directory giving census coordinates', async () => {
    const { rows } = await db.pool.query<{ enterprises: number; unplaced: number; pointsOutside: number }>(
      `select count(*)::int as enterprises,
              (count(*) filter (where located_by is null))::int as unplaced,
              (count(*) filter (where located_by = 'coordinates' and not in_zone))::int as "pointsOutside"
         from registry_enterprises`,
    );
    const { enterprises, unplaced, pointsOutside } = rows[0]!;
    // Every synthetic point is a firm of the zone: one the resolver finds outside was drawn in the wrong place.
    expect(pointsOutside).toBe(0);
    // What stays for the manual-location list: firms known by address alone in a town split between bodies, and
    // outside firms whose address names neither town nor known road (about 7%; 44% before the fix).
    expect(unplaced / enterprises).toBeLessThan(0.1);
  });

  it("lists the demo accounts' enterprises, placed, with their figures", async () => {
    const { rows } = await db.pool.query(
      `select credit_code as "creditCode", in_zone as "inZone", area, body_id as "bodyId", town_code as "townCode", industry,
              employees, revenue::float8 as revenue, tax::float8 as tax
         from registry_enterprises where credit_code = any($1) order by credit_code`,
      [DEMO_ENTERPRISES.map((e) => e.creditCode)],
    );
    expect(rows).toHaveLength(2);
    for (const enterprise of DEMO_ENTERPRISES) {
      const row = rows.find((r) => r.creditCode === enterprise.creditCode);
      const profile = DEMO_FIRM_PROFILES[enterprise.unitId]!;
      expect(row).toMatchObject({ inZone: true, townCode: enterprise.townCode, bodyId: enterprise.bodyId, employees: profile.employees, revenue: profile.revenue10k });
      expect(row.tax).toBeGreaterThan(0);
    }
  });

  it('does nothing once the registry has its records', async () => {
    expect(await loadDemoRegistry(db.pool, 'zhangjiang', { dataDir, zoneDir: resolveZoneDir('zhangjiang'), count: 400, seed: 5 })).toEqual({
      loaded: false,
      reason: 'the registry already has records',
    });
  });
});
