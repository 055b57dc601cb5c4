/**
 * Test support for the registry read-side integration tests (not itself a test): a cloned database with the zone
 * pack and the demo accounts, the auth hook, the accounts routes (to sign in) and the registry module's routes (both
 * sides, as the platform registers them) on a Fastify app. The tests seed registry rows with SQL.
 */
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { DEFAULT_AUTH_SETTINGS, installAuth } from '../../../platform/auth';
import { createApp } from '../../../platform/http/create-app';
import type { Logger } from '../../../platform/logger';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { accountsRoutes, seedDemoAccounts } from '../../accounts';
import { registryRoutes } from '../registry.routes';

export interface RegistryReadTestApp {
  app: FastifyInstance;
  db: TestDatabase;
  close(): Promise<void>;
}

/** `seed` runs after the accounts and before the routes start (they read the zone's place names at start). */
export async function createRegistryReadTestApp(seed: (db: TestDatabase) => Promise<void>): Promise<RegistryReadTestApp> {
  const db = await createTestDatabase();
  await seedDemoAccounts(db.pool, 'zhangjiang');
  await seed(db);
  const app = await createApp({
    logger: pino({ level: 'silent' }) as Logger,
    version: 'test',
    bodyLimitBytes: 1_048_576,
    registerModules: async (instance) => {
      await installAuth(instance, { pool: db.pool, settings: DEFAULT_AUTH_SETTINGS });
      await instance.register(accountsRoutes, { pool: db.pool, zoneId: 'zhangjiang', settings: DEFAULT_AUTH_SETTINGS });
      await instance.register(registryRoutes, { pool: db.pool, zoneId: 'zhangjiang', uploadDir: path.join(os.tmpdir(), db.name) });
    },
  });
  return {
    app,
    db,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** The cells of one sheet of an exported workbook, as rows of plain values. */
export async function readSheet(payload: Buffer, index: number): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[index]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
