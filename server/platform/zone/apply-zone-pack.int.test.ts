import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir, removeTempDir } from '../../test/temp-dir';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { applyZonePack } from './apply-zone-pack';
import { loadZonePack, resolveZoneDir, type LoadedZonePack } from './load-zone-pack';

let db: TestDatabase;
let tmp: string;
let pack: LoadedZonePack;

beforeAll(async () => {
  db = await createTestDatabase();
  tmp = await createTempDir('apply-zone-pack');
  pack = await loadZonePack(resolveZoneDir('zhangjiang'));
});

afterAll(async () => {
  await db?.drop();
  await removeTempDir(tmp);
});

/** A copy of the real pack with one file edited, loaded. */
async function editedPack(name: string, file: string, edit: (text: string) => string): Promise<LoadedZonePack> {
  const dir = path.join(tmp, name);
  await cp(resolveZoneDir('zhangjiang'), dir, { recursive: true });
  const text = await readFile(path.join(dir, file), 'utf8');
  const edited = edit(text);
  expect(edited).not.toBe(text);
  await writeFile(path.join(dir, file), edited);
  return loadZonePack(dir);
}

/** Every row's write stamp, so a test can see exactly what an apply touched. */
async function snapshot(): Promise<Map<string, string>> {
  const result = await db.pool.query<{ key: string; stamp: string }>(`
    select 'zone:' || id as key, pack_hash || applied_at::text as stamp from zones
    union all select 'unit:' || id, updated_at::text || coalesce(retired_at::text, '') from org_units
    union all select 'resp:' || id, updated_at::text || coalesce(retired_at::text, '') from responsibilities
    union all select 'link:' || responsibility_id || ':' || role || ':' || org_unit_id, sort_order::text from responsibility_units
    union all select 'layer:' || layer, loaded_at::text || content_hash from territory_layers`);
  return new Map(result.rows.map((row) => [row.key, row.stamp]));
}

function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key)).sort();
}

describe('applyZonePack', () => {
  it('writes the pack, and applying it again changes nothing', async () => {
    await applyZonePack(db.pool, pack);
    const counts = await db.pool.query<{ units: number; links: number; layers: number }>(`
      select (select count(*)::int from org_units where retired_at is null) as units,
             (select count(*)::int from responsibility_units) as links,
             (select count(*)::int from territory_layers) as layers`);
    expect(counts.rows[0]).toEqual({ units: 39, links: 18, layers: 7 });

    const before = await snapshot();
    const again = await applyZonePack(db.pool, pack);
    expect(again).toMatchObject({ changed: false, hash: pack.hash });
    expect(changedKeys(before, await snapshot())).toEqual([]);
  });

  it('stores layers as GeoJSON with provenance and a content hash', async () => {
    const result = await db.pool.query<{ features: number; verified: boolean; approximate: boolean; content_hash: string }>(
      `select jsonb_array_length(geojson -> 'features')::int as features, verified, approximate, content_hash
         from territory_layers where zone_id = 'zhangjiang' and layer = 'towns'`,
    );
    expect(result.rows[0]).toMatchObject({ features: 11, verified: false, approximate: true });
    expect(result.rows[0]!.content_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('applies an edited unit name on the next apply, touching only that unit', async () => {
    const edited = await editedPack('renamed', 'organisations.yaml', (t) => t.replace('name: 区统计局', 'name: 区统计局（测试）'));
    const before = await snapshot();
    const result = await applyZonePack(db.pool, edited);
    expect(result).toMatchObject({ changed: true, changes: { units: 1, retiredUnits: 0, responsibilities: 0, layers: 0 } });
    expect(changedKeys(before, await snapshot())).toEqual(['unit:district-statistics', 'zone:zhangjiang']);
    const row = await db.pool.query('select name from org_units where id = $1', ['district-statistics']);
    expect(row.rows[0]).toEqual({ name: '区统计局（测试）' });
  });

  it('retires a unit removed from the pack, and revives it when it comes back', async () => {
    const removed = await editedPack('removed', 'organisations.yaml', (t) =>
      t.replace(/\n {2}- id: investment-promotion-centre\n(?: {4}.*\n)+/, '\n'),
    );
    expect(removed.units.some((u) => u.id === 'investment-promotion-centre')).toBe(false);
    const result = await applyZonePack(db.pool, removed);
    expect(result.changes.retiredUnits).toBe(1);
    const retired = await db.pool.query('select retired_at is not null as retired from org_units where id = $1', [
      'investment-promotion-centre',
    ]);
    expect(retired.rows).toEqual([{ retired: true }]);

    await applyZonePack(db.pool, pack);
    const revived = await db.pool.query('select retired_at, name from org_units where id = $1', ['district-statistics']);
    expect(revived.rows[0]).toEqual({ retired_at: null, name: '区统计局' });
    const back = await db.pool.query('select retired_at from org_units where id = $1', ['investment-promotion-centre']);
    expect(back.rows).toEqual([{ retired_at: null }]);
  });

  it('leaves run-time units (enterprises, the expert pool) alone when the pack changes', async () => {
    await db.pool.query(
      `insert into org_units (id, zone_id, kind, name, name_en, attributes, source, verified, sort_order)
       values ('ent-test', 'zhangjiang', 'enterprise', '测试企业', 'Test Co.', '{}', 'registration', true, 1),
              ('expert-pool-test', 'zhangjiang', 'expert-pool', '专家库', 'Experts', '{}', 'platform', true, 2)`,
    );
    const edited = await editedPack('runtime', 'organisations.yaml', (t) => t.replace('name: 区统计局', 'name: 区统计局（再测）'));
    expect((await applyZonePack(db.pool, edited)).changes.retiredUnits).toBe(0);
    const { rows } = await db.pool.query(
      `select id from org_units where id in ('ent-test', 'expert-pool-test') and retired_at is null order by id`,
    );
    expect(rows.map((r) => r.id)).toEqual(['ent-test', 'expert-pool-test']);
    await applyZonePack(db.pool, pack);
  });

  it('rewrites the links of a matter whose lead units changed', async () => {
    const edited = await editedPack('relinked', 'responsibilities.yaml', (t) =>
      t.replace('lead: [district-statistics]', 'lead: [district-statistics, district-finance]'),
    );
    const before = await snapshot();
    const result = await applyZonePack(db.pool, edited);
    expect(result.changes.responsibilities).toBe(1);
    expect(changedKeys(before, await snapshot())).toEqual([
      'link:statistics:lead:district-finance',
      'resp:statistics',
      'zone:zhangjiang',
    ]);
    await applyZonePack(db.pool, pack);
  });

  it('lets one of two concurrent applies write and the other find nothing to do', async () => {
    const edited = await editedPack('concurrent', 'layers.yaml', (t) => t.replace('nameEn: Towns', 'nameEn: Towns (test)'));
    const results = await Promise.all([applyZonePack(db.pool, edited), applyZonePack(db.pool, edited)]);
    expect(results.map((r) => r.changed).sort()).toEqual([false, true]);
    await applyZonePack(db.pool, pack);
  });

  it('rolls back everything when a write fails', async () => {
    await db.pool.query(
      `insert into zones (id, name, name_en, description, description_en, source, verified, pack_hash)
       values ('other', '其他', 'Other', '-', '-', 'seed', true, 'x')`,
    );
    await db.pool.query(
      `insert into org_units (id, zone_id, kind, name, name_en, source, verified, sort_order)
       values ('finance-elsewhere', 'other', 'department', '财政', 'Finance', 'seed', true, 0)`,
    );
    // A renamed unit (written first) and a unit whose id another zone owns: the rename must not survive.
    const clash = structuredClone(pack);
    clash.units.find((u) => u.id === 'district-finance')!.name = '区财政局（改）';
    clash.units.push({ ...clash.units.find((u) => u.id === 'district-finance')!, id: 'finance-elsewhere' });
    const before = await snapshot();
    await expect(applyZonePack(db.pool, clash)).rejects.toMatchObject({
      code: 'ZONE_PACK_INVALID',
      details: { file: 'organisations.yaml', path: `units[${clash.units.length - 1}].id`, reason: expect.stringContaining('already belongs to zone "other"') },
    });
    expect(changedKeys(before, await snapshot())).toEqual([]);
  });
});
