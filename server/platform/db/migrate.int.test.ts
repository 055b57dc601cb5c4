import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors';
import { createTempDir, removeTempDir } from '../../test/temp-dir';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { getMigrationLevel, migrate } from './migrate';
import { DEFAULT_MIGRATIONS_DIR } from './migration-files';

let database: TestDatabase;
let dir: string;

beforeEach(async () => {
  database = await createTestDatabase({ empty: true });
  dir = await createTempDir(`migrations-${database.name}`);
});

afterEach(async () => {
  await database.drop();
  await removeTempDir(dir);
});

async function writeMigrations(files: Record<string, string>): Promise<void> {
  for (const [name, sql] of Object.entries(files)) await writeFile(path.join(dir, name), sql);
}

async function recordedVersions(pool: pg.Pool): Promise<string[]> {
  const result = await pool.query<{ version: string }>('select version from schema_migrations order by version');
  return result.rows.map((row) => row.version);
}

async function migrateError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('MIGRATION_FAILED');
  return error as AppError;
}

describe('migrate', () => {
  it("applies the repository's migrations once; a second run finds nothing to do", async () => {
    const versions = (await readdir(DEFAULT_MIGRATIONS_DIR))
      .filter((file) => file.endsWith('.sql'))
      .map((file) => file.slice(0, 14))
      .sort();
    expect(versions).toContain('20261128000000');
    expect(await getMigrationLevel(database.pool)).toBeNull();

    const first = await migrate(database.pool);
    expect(first).toEqual({ applied: versions, level: versions.at(-1) });
    const second = await migrate(database.pool);
    expect(second).toEqual({ applied: [], level: versions.at(-1) });
    expect(await getMigrationLevel(database.pool)).toBe(versions.at(-1));
    await database.pool.query(`insert into platform_settings (key, value) values ('k', '{"a": 1}')`);
  });

  it('lets two nodes migrate at the same time: one applies, the other waits and finds nothing', async () => {
    await writeMigrations({
      '20260101000000_slow.sql': 'select pg_sleep(0.3); create table slow_things (id int primary key);',
      '20260102000000_more.sql': 'create table more_things (id int primary key);',
      '20260103000000_last.sql': 'alter table more_things add column name text;',
    });
    const other = new pg.Pool({ connectionString: database.connectionString, max: 2 });
    try {
      const [a, b] = await Promise.all([migrate(database.pool, { dir }), migrate(other, { dir })]);
      expect([...a.applied, ...b.applied].sort()).toEqual(['20260101000000', '20260102000000', '20260103000000']);
      expect([a.applied.length, b.applied.length].sort()).toEqual([0, 3]);
      expect(a.level).toBe('20260103000000');
      expect(b.level).toBe('20260103000000');
    } finally {
      await other.end();
    }
    expect(await recordedVersions(database.pool)).toEqual(['20260101000000', '20260102000000', '20260103000000']);
  });

  it('applies each migration in its own transaction: a failing one is not recorded, earlier ones stay', async () => {
    await writeMigrations({
      '20260101000000_good.sql': 'create table good_things (id int);',
      '20260102000000_bad.sql': 'create table half_things (id int); select no_such_function();',
      '20260103000000_after.sql': 'create table after_things (id int);',
    });
    const error = await migrateError(migrate(database.pool, { dir }));
    expect(error.message).toMatch(/20260102000000_bad\.sql: function no_such_function\(\) does not exist/);
    expect(await recordedVersions(database.pool)).toEqual(['20260101000000']);
    const tables = await database.pool.query("select to_regclass('half_things') as half, to_regclass('after_things') as after");
    expect(tables.rows[0]).toEqual({ half: null, after: null });
  });

  it('refuses to run when an applied migration was edited or deleted (forward-only)', async () => {
    await writeMigrations({
      '20260101000000_first.sql': 'create table first_things (id int);',
      '20260102000000_second.sql': 'create table second_things (id int);',
    });
    await migrate(database.pool, { dir });

    await writeMigrations({ '20260102000000_second.sql': 'create table second_things (id bigint);' });
    expect((await migrateError(migrate(database.pool, { dir }))).message).toMatch(/20260102000000_second\.sql was edited/);

    await rm(path.join(dir, '20260102000000_second.sql'));
    expect((await migrateError(migrate(database.pool, { dir }))).message).toMatch(
      /20260102000000_second is applied in the database but its file is missing/,
    );
  });

  it('rejects badly named migration files before touching the database', async () => {
    await writeMigrations({ '2026-01-01_oops.sql': 'create table oops (id int);' });
    expect((await migrateError(migrate(database.pool, { dir }))).message).toMatch(/2026-01-01_oops\.sql is not named/);
    expect(await getMigrationLevel(database.pool)).toBeNull();
  });
});
