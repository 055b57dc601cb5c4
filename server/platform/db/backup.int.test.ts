import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors';
import { createTempDir, removeTempDir } from '../../test/temp-dir';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { backupDatabase } from './backup';
import { restoreDatabase } from './restore';

// A schema that exercises what a text round trip can get wrong: quoting, Chinese, binary, exact decimals, time zones,
// arrays with NULLs, identity and generated columns, foreign keys (also self-referencing), and triggers.
const SCHEMA = `
  create table owners (id bigint generated always as identity primary key, name text not null);
  create table samples (
    id serial primary key,
    owner_id bigint references owners (id),
    label text,
    label_upper text generated always as (upper(label)) stored,
    doc jsonb,
    amount numeric(30, 10),
    free_numeric numeric,
    happened_at timestamptz,
    day date,
    span interval,
    payload bytea,
    tags text[],
    scores int[],
    flag boolean,
    ratio double precision,
    uid uuid
  );
  create table tree (id int primary key, parent_id int references tree (id) deferrable, name text);
  create function mark_sample() returns trigger language plpgsql as $$
    begin new.label := 'TRIGGER FIRED'; return new; end $$;
  create trigger samples_mark before insert or update on samples for each row execute function mark_sample();
`;

const SEED = `
  alter table samples disable trigger samples_mark;
  insert into owners (name) values ('张江科学城'), ('Owner "two"');
  insert into samples (owner_id, label, doc, amount, free_numeric, happened_at, day, span, payload, tags, scores, flag, ratio, uid)
  values
    (1, E'引号 "double" and ''single'', back\\\\slash, comma, (parens), new\\nline, tab\\t, emoji 🚀',
     '{"名称": "张江", "nested": {"list": [1, 2.5, null, "x"]}, "empty": ""}',
     12345678901234567890.0123456789, 'NaN', '2024-02-29 23:59:59.123456+08', '2024-02-29', '1 year 2 mons 3 days 04:05:06.789',
     '\\x00ff10275c22', array['a', null, '带,逗号', 'quote"d', ''], array[1, null, -3], true, -0.0, gen_random_uuid()),
    (2, '', 'null', -0.0000000001, 1e-30, 'infinity', '0001-01-01', '-1 days', '\\x', '{}', '{}', false, 1e-300, null),
    (null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  insert into samples (owner_id, label, amount, happened_at, ratio)
    select 1 + (i % 2), '行 ' || i, i / 7.0, timestamptz '2025-01-01 00:00:00+00' + i * interval '1 minute', i / 3.0
    from generate_series(1, 2500) as i;
  alter table samples enable trigger samples_mark;
  -- children before parents on disk, so loading in file order needs the deferred (or disabled) foreign key
  insert into tree values (1, null, 'root');
  insert into tree values (10, null, 'child'), (11, 10, 'grandchild');
  update tree set parent_id = 11 where id = 1;
`;

async function snapshot(pool: pg.Pool): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of ['owners', 'samples', 'tree', 'platform_settings']) {
    const rows = await pool.query<{ row: string }>(`select t::text as row from ${table} t order by 1`);
    result[table] = rows.rows.map((row) => row.row);
  }
  return result;
}

async function expectBackupInvalid(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('BACKUP_INVALID');
  expect((error as AppError).message).toMatch(pattern);
}

describe('backup and restore', () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let dir: string;
  let file: string;
  let original: Record<string, string[]>;
  let originalRows: unknown[];
  let totalRows: number;

  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    dir = await createTempDir(`backup-${source.name}`);
    file = path.join(dir, 'backup.jsonl.gz');
    await source.pool.query(SCHEMA);
    await target.pool.query(SCHEMA);
    await source.pool.query(SEED);
    await source.pool.query(`insert into platform_settings (key, value) values ('theme', '{"color": "蓝"}')`);
    original = await snapshot(source.pool);
    originalRows = (await source.pool.query('select * from samples order by id')).rows;
  });

  afterAll(async () => {
    await Promise.all([source?.drop(), target?.drop()]);
    await removeTempDir(dir);
  });

  it('writes a gzip file with a header naming the migration level and row counts', async () => {
    const result = await backupDatabase(source.pool, file);
    const [headerLine] = gunzipSync(await readFile(file)).toString('utf8').split('\n', 1);
    const header = JSON.parse(headerLine!) as { tables: Array<{ name: string; rows: number }> };
    expect(header).toMatchObject({ format: 'zjsc-backup', formatVersion: 1, migrationLevel: expect.stringMatching(/^\d{14}$/) });
    // Other modules' migrations add tables of their own; ours appear parents first, with their counts.
    const ours = header.tables.filter((table) => ['owners', 'samples', 'tree', 'platform_settings'].includes(table.name));
    expect(ours).toEqual([
      { name: 'owners', rows: 2 },
      { name: 'platform_settings', rows: 1 },
      { name: 'samples', rows: 2503 },
      { name: 'tree', rows: 3 },
    ]);
    expect(header.tables.map((table) => table.name)).not.toContain('schema_migrations');
    totalRows = header.tables.reduce((sum, table) => sum + table.rows, 0);
    expect(result).toEqual({ tables: header.tables.length, rows: totalRows, bytes: expect.any(Number) });
    expect(result.bytes).toBe((await readFile(file)).length);
  });

  it('restores in place every value exactly, without firing triggers, and sequences continue', async () => {
    await source.pool.query("delete from samples where id % 3 = 0; update owners set name = 'changed'; delete from tree where id = 1");
    await source.pool.query("insert into platform_settings (key, value) values ('extra', '1')");

    const result = await restoreDatabase(source.pool, file);
    expect(result.rows).toBe(totalRows);
    expect(await snapshot(source.pool)).toEqual(original);
    expect((await source.pool.query('select * from samples order by id')).rows).toEqual(originalRows);

    const next = await source.pool.query<{ id: number }>("insert into samples (label) values ('new') returning id");
    expect(next.rows[0]!.id).toBe(2504);
    const owner = await source.pool.query<{ id: number }>("insert into owners (name) values ('new') returning id");
    expect(owner.rows[0]!.id).toBe(3);
  });

  it('restores into another database of the same level by loading in foreign-key order (no superuser path)', async () => {
    const result = await restoreDatabase(target.pool, file, undefined, { strategy: 'ordered' });
    expect(result.rows).toBe(totalRows);
    expect(await snapshot(target.pool)).toEqual(original);
    // the user trigger was disabled only for the load
    const updated = await target.pool.query<{ label: string }>("update samples set label = 'x' where id = 1 returning label");
    expect(updated.rows[0]!.label).toBe('TRIGGER FIRED');
  });

  describe('rejects a bad file and leaves the database unchanged', () => {
    let before: Record<string, string[]>;

    beforeAll(async () => {
      await restoreDatabase(target.pool, file);
      before = await snapshot(target.pool);
    });

    async function expectRejected(bad: Buffer | string, pattern: RegExp): Promise<void> {
      const badFile = path.join(dir, 'bad.gz');
      await writeFile(badFile, bad);
      await expectBackupInvalid(restoreDatabase(target.pool, badFile), pattern);
      expect(await snapshot(target.pool)).toEqual(before);
    }

    it('not gzip', async () => {
      await expectRejected('just some text\n', /not a gzip-compressed backup/);
    });

    it('missing file', async () => {
      await expectBackupInvalid(restoreDatabase(target.pool, path.join(dir, 'nope.gz')), /does not exist/);
    });

    it('wrong header', async () => {
      await expectRejected(gzipSync('{"hello": "world"}\n'), /not a platform backup file/);
      await expectRejected(gzipSync(''), /the file is empty/);
    });

    it('gzip stream cut short', async () => {
      const good = await readFile(file);
      await expectRejected(good.subarray(0, Math.floor(good.length * 0.7)), /truncated/);
    });

    it('complete gzip of an incomplete backup (rows loaded, then the end is missing)', async () => {
      const lines = gunzipSync(await readFile(file)).toString('utf8').split('\n');
      await expectRejected(gzipSync(lines.slice(0, lines.length - 40).join('\n')), /truncated/);
    });

    it('a row that is not a row of the table', async () => {
      const lines = gunzipSync(await readFile(file)).toString('utf8').split('\n');
      const rowIndex = lines.findIndex((line) => line.startsWith('"(') && line.includes('行 2000'));
      lines[rowIndex] = JSON.stringify('(not-a-number,,,)');
      const error = await restoreDatabase(target.pool, await writeBad(lines)).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(String(error)).toMatch(/invalid input syntax/);
      expect(await snapshot(target.pool)).toEqual(before);
    });

    it('a backup from another migration level', async () => {
      await target.pool.query("insert into schema_migrations (version, name, checksum) values ('29991231000000', 'future', 'x')");
      try {
        await expectBackupInvalid(restoreDatabase(target.pool, file), /migration level \d{14}, but this database is at 29991231000000/);
        expect(await snapshot(target.pool)).toEqual(before);
      } finally {
        await target.pool.query("delete from schema_migrations where version = '29991231000000'");
      }
    });

    async function writeBad(lines: string[]): Promise<string> {
      const badFile = path.join(dir, 'bad-row.gz');
      await writeFile(badFile, gzipSync(lines.join('\n')));
      return badFile;
    }
  });
});
