import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistryConfig } from '../../../core/zone';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { inTransaction } from '../db/transaction';
import { applyZonePack } from './apply-zone-pack';
import { loadZonePack, resolveZoneDir, type LoadedZonePack } from './load-zone-pack';
import { writeRegistrySources } from './write-registry-sources';

let db: TestDatabase;
let pack: LoadedZonePack;

beforeAll(async () => {
  db = await createTestDatabase();
  pack = await loadZonePack(resolveZoneDir('zhangjiang'));
});

afterAll(async () => {
  await db?.drop();
});

async function sources(): Promise<Array<{ id: string; trust_rank: number; is_statistics_directory: boolean; mapping: { columns: Record<string, string[]>; required: string[] } }>> {
  return (await db.pool.query('select id, trust_rank, is_statistics_directory, mapping from registry_sources order by trust_rank')).rows;
}

const write = (registry: RegistryConfig | undefined) => inTransaction(db.pool, (client) => writeRegistrySources(client, 'zhangjiang', registry));

describe('registry.yaml on apply', () => {
  it('writes the sources with their templates and the settings, and an unchanged pack writes nothing', async () => {
    const rows = await sources();
    expect(rows.map((s) => [s.id, s.trust_rank, s.is_statistics_directory])).toEqual([
      ['market-regulation', 1, false],
      ['tax', 2, false],
      ['statistics', 3, true],
      ['body-list', 4, false],
    ]);
    expect(rows[1]!.mapping.columns['creditCode']).toEqual(['纳税人识别号', '统一社会信用代码', '社会信用代码']);
    expect(rows[0]!.mapping).toMatchObject({ required: ['name', 'creditCode'], rowKey: 'recordId', amountUnit: '万元', crs: 'wgs84' });
    const settings = await db.pool.query<{ document: { industries: Array<{ code: string }> } }>('select document from registry_settings');
    expect(settings.rows[0]!.document.industries.map((r) => r.code)).toContain('6520');
    expect((await applyZonePack(db.pool, pack)).changed).toBe(false);
    expect(await write(pack.registry)).toBe(0);
  });

  it('moves the statistics-directory flag and rewrites only what changed', async () => {
    const edited = structuredClone(pack.registry!);
    edited.sources.find((s) => s.id === 'statistics')!.statisticsDirectory = false;
    edited.sources.find((s) => s.id === 'tax')!.statisticsDirectory = true;
    expect(await write(edited)).toBe(2);
    expect((await sources()).filter((s) => s.is_statistics_directory).map((s) => s.id)).toEqual(['tax']);
    expect(await write(pack.registry)).toBe(2);
  });

  it('removes a source the pack drops, unless imports refer to it', async () => {
    await db.pool.query(
      `insert into registry_import_batches (zone_id, source_id, file_name, file_sha256, file_bytes, file_format, status)
       values ('zhangjiang', 'tax', 'tax.csv', 'x', 1, 'csv', 'done')`,
    );
    const edited = structuredClone(pack.registry!);
    edited.sources = edited.sources.filter((s) => s.id !== 'tax' && s.id !== 'body-list');
    await write(edited);
    expect((await sources()).map((s) => s.id)).toEqual(['market-regulation', 'tax', 'statistics']);
  });
});
