/**
 * `zjsc territory resolve` and `zjsc territory import` as an operator runs them: resolving from the zone pack
 * without any database, and from the database; importing a file through the same validation as the API.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir, removeTempDir } from '../test/temp-dir';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { runCli } from '../test/run-cli';

let db: TestDatabase;
let tmp: string;

beforeAll(async () => {
  db = await createTestDatabase();
  tmp = await createTempDir('territory-cli');
}, 120_000);

afterAll(async () => {
  await db?.drop();
  await removeTempDir(tmp);
});

describe('zjsc territory resolve', () => {
  it('answers from the zone pack when no database is configured', async () => {
    const run = await runCli(['territory', 'resolve', '121.6', '31.205'], { DATA_DIR: path.join(tmp, 'none') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ from: 'zone pack', area: 'original', town: { code: '310115125', nameEn: 'Zhangjiang Town' }, body: { id: 'zhangjiang' } });
  });

  it('answers from the database with its layer versions, and reads GCJ-02', async () => {
    const run = await runCli(['territory', 'resolve', '121.6045', '31.2031', '--crs', 'gcj02'], { DATABASE_URL: db.connectionString });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ from: 'database', inZone: true, input: { crs: 'gcj02' }, versions: { towns: '1' } });
  });

  it('refuses swapped coordinates naming the field', async () => {
    const run = await runCli(['territory', 'resolve', '31.2', '121.6'], { DATA_DIR: path.join(tmp, 'none') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/lon 31.2 and lat 121.6 look swapped.*COORDINATES_INVALID/);
  });
});

describe('zjsc territory import', () => {
  it('validates, prints the report of every problem and changes nothing on a broken file', async () => {
    const file = path.join(tmp, 'broken.geojson');
    await writeFile(file, JSON.stringify({ type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { id: 'a' }, geometry: { type: 'Polygon', coordinates: [[[121.6, 31.2], [121.61, 31.2], [121.61, 31.21]]] } },
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[121.6, 31.2], [121.61, 31.2], [121.61, 31.21], [121.6, 31.2]]] } },
    ] }));
    const run = await runCli(['territory', 'import', 'communities', file], { DATABASE_URL: db.connectionString });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/TERRITORY_IMPORT_INVALID/);
    const report = JSON.parse(run.stdout);
    expect(report.problems.map((p: { featureId: string | null; check: string }) => `${p.check}:${p.featureId}`)).toEqual(['ring:a', 'id:null']);
    const versions = await db.pool.query(`select max(version)::int as v from territory_layer_versions where layer = 'communities'`);
    expect(versions.rows[0].v).toBe(1);
  });

  it('imports a valid file as the next version, audited without a user', async () => {
    const layer = (await db.pool.query(`select geojson from territory_layer_versions where layer = 'corridors' and valid_to is null`)).rows[0].geojson;
    const file = path.join(tmp, 'corridors.geojson');
    await writeFile(file, JSON.stringify(layer));
    const dry = await runCli(['territory', 'import', 'corridors', file, '--dry-run'], { DATABASE_URL: db.connectionString });
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, version: null });
    const run = await runCli(['territory', 'import', 'corridors', file, '--source', 'official-test', '--verified'], { DATABASE_URL: db.connectionString });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ dryRun: false, layer: 'corridors', version: 2, previousVersion: 1, report: { ok: true } });
    const stored = await db.pool.query(`select version, origin, source, verified from territory_layer_versions where layer = 'corridors' and valid_to is null`);
    expect(stored.rows[0]).toEqual({ version: 2, origin: 'import', source: 'official-test', verified: true });
    const audit = await db.pool.query(`select actor_user_id from audit_log where action = 'territory.layer.import'`);
    expect(audit.rows).toEqual([{ actor_user_id: null }]);
  });
});
