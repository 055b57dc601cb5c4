import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { pino } from 'pino';
import { inject } from 'vitest';
import { createPool } from '../platform/db/open-database';
import './provided-context';
import { withDatabase } from './test-server';

/** A database of its own for one test file: a clone of the migrated template, dropped at the end. */
export interface TestDatabase {
  pool: pg.Pool;
  /** With credentials; for code under test that opens its own connections. */
  connectionString: string;
  name: string;
  drop(): Promise<void>;
}

/** PostgreSQL error raised when the template has other sessions at the moment of cloning. */
const OBJECT_IN_USE = '55006';

/**
 * `empty: true` clones template0 instead: a database without any migration, for tests of migrate itself.
 * Call in beforeAll and `drop()` in afterAll.
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const context = inject('testDatabase');
  const name = `${context.runPrefix}_${randomBytes(4).toString('hex')}`;
  const template = options.empty ? 'template0' : context.templateDatabase;
  await withAdmin(context.adminUrl, async (admin) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await admin.query(`create database ${pg.escapeIdentifier(name)} template ${pg.escapeIdentifier(template)}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== OBJECT_IN_USE || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
  const connectionString = withDatabase(context.adminUrl, name);
  const pool = createPool(connectionString, pino({ level: 'silent' }), 5);
  let dropping: Promise<void> | undefined;
  return {
    pool,
    connectionString,
    name,
    drop() {
      dropping ??= pool
        .end()
        .then(() => withAdmin(context.adminUrl, (admin) => admin.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`)))
        .then(() => undefined);
      return dropping;
    },
  };
}

async function withAdmin<T>(adminUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
