import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveZoneDir } from '../../../platform/zone/load-zone-pack';
import { createTempDir, removeTempDir } from '../../../test/temp-dir';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { syncPackLayerVersions } from '../../territory';
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
      'select source_id, file_format, encoding, status, rows_valid from registry_import_batches order by id',
    );
    expect(batches.rows.map((b) => [b.source_id, b.file_format, b.encoding, b.status])).toEqual([
      ['market-regulation', 'csv', 'utf-8', 'done'],
      ['tax', 'csv', 'gb18030', 'done'],
      ['statistics', 'xlsx', null, 'done'],
      ['body-list', 'csv', 'utf-8', 'done'],
    ]);
    expect(batches.rows.map((b) => b.rows_valid)).toEqual(manifest.sources.map((s) => s.rows));
    // A body's list is keyed by name: the same firm listed twice under one name is one record.
    expect(result.stats.records).toBeLessThanOrEqual(manifest.records);
    expect(result.stats.records).toBeGreaterThan(manifest.records - 20);
    expect(result.stats.enterprises).toBeGreaterThan(380);
    expect(result.stats.enterprises).toBeLessThan(430);
    const located = await db.pool.query<{ n: number }>(`select count(*)::int as n from registry_enterprises where located_by = 'coordinates'`);
    expect(located.rows[0]!.n).toBeGreaterThan(50);
  });

  it('does nothing once the registry has its records', async () => {
    expect(await loadDemoRegistry(db.pool, 'zhangjiang', { dataDir, zoneDir: resolveZoneDir('zhangjiang'), count: 400, seed: 5 })).toEqual({
      loaded: false,
      reason: 'the registry already has records',
    });
  });
});
