/**
 * Test support for the policies integration tests (not itself a test): a cloned database with the zone pack, the
 * demo accounts and, when given, extra policy rule files added to the stored catalogue before the app starts; the
 * real module wiring on a Fastify app. Sign in and call with server/test/test-app.ts.
 */
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import type { PolicyDocument } from '../../../core/rules';
import { createApp } from '../../platform/http/create-app';
import type { Logger } from '../../platform/logger';
import { moduleRegistrar } from '../../register-modules';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { ensureExpertPool, seedDemoAccounts } from '../accounts';

export interface PoliciesTestApp {
  app: FastifyInstance;
  db: TestDatabase;
  close(): Promise<void>;
}

export async function createPoliciesTestApp(extraPolicies: readonly PolicyDocument[] = []): Promise<PoliciesTestApp> {
  const db = await createTestDatabase();
  if (extraPolicies.length > 0) {
    await db.pool.query(
      `update policy_catalogues set documents = documents || $2::jsonb, content_hash = content_hash || '+test' where zone_id = $1`,
      ['zhangjiang', JSON.stringify(extraPolicies)],
    );
  }
  await ensureExpertPool(db.pool, 'zhangjiang');
  await seedDemoAccounts(db.pool, 'zhangjiang');
  const app = await createApp({
    logger: pino({ level: 'silent' }) as Logger,
    version: 'test',
    bodyLimitBytes: 1_048_576,
    registerModules: moduleRegistrar({
      db: { pool: db.pool, kind: 'external', connectionString: db.connectionString, close: async () => undefined },
      zoneId: 'zhangjiang',
    }),
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
