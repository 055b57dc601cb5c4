import { afterAll, describe, expect, inject, it } from 'vitest';
import { AppError } from '../../../core/errors';
import { captureLogger } from '../../test/capture-logger';
import '../../test/provided-context';
import { createTempDir, removeTempDir } from '../../test/temp-dir';
import { FAST_TEST_CLUSTER } from '../../test/test-server';
import { openDatabase, type Database } from './open-database';
import { isPortFree } from './port-check';

describe('openDatabase', () => {
  const opened: Database[] = [];
  const dirs: string[] = [];

  afterAll(async () => {
    await Promise.all(opened.map((database) => database.close()));
    await Promise.all(dirs.map(removeTempDir));
  });

  it('names host and port when an external server cannot be reached', async () => {
    const error = await openDatabase({
      databaseUrl: 'postgres://someone:secret@127.0.0.1:54359/zjsc',
      dataDir: '/nonexistent',
      embeddedPort: 1,
      logger: captureLogger().logger,
    }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DATABASE_UNAVAILABLE');
    expect((error as AppError).message).toMatch(/cannot connect to PostgreSQL at 127\.0\.0\.1:54359/);
    expect((error as AppError).message).not.toContain('secret');
  });

  it('uses an external server given by URL, with our value parsing', async () => {
    const database = await openDatabase({
      databaseUrl: inject('testDatabase').adminUrl,
      dataDir: '/nonexistent',
      embeddedPort: 1,
      logger: captureLogger().logger,
    });
    opened.push(database);
    expect(database.kind).toBe('external');
    const { rows } = await database.pool.query(
      `select 42::bigint as big, 12345678901234567890.12::numeric as exact, date '2024-02-29' as day,
              array[1, null, 3]::bigint[] as bigs, array[date '2024-01-01']::date[] as days,
              timestamptz '2024-01-01 00:00:00+08' as at`,
    );
    expect(rows[0]).toEqual({
      big: 42,
      exact: '12345678901234567890.12',
      day: '2024-02-29',
      bigs: [1, null, 3],
      days: ['2024-01-01'],
      at: new Date('2023-12-31T16:00:00Z'),
    });
    await expect(database.pool.query('select 9007199254740993::bigint as too_big')).rejects.toThrow(/safe integer/);
  });

  it('starts the embedded server when no URL is given, and close() stops it', async () => {
    const dataDir = await createTempDir('open-database');
    dirs.push(dataDir);
    const database = await openDatabase({ dataDir, embeddedPort: 54345, logger: captureLogger().logger, embedded: FAST_TEST_CLUSTER });
    expect(database.kind).toBe('embedded');
    expect((await database.pool.query('select current_database() as db')).rows).toEqual([{ db: 'zjsc' }]);
    await database.close();
    await database.close();
    expect(await isPortFree(54345)).toBe(true);
  });
});
