import pg from 'pg';
import { pino } from 'pino';
import type { TestProject } from 'vitest/node';
import { createPool } from '../platform/db/open-database';
import { prepareTemplate } from './prepare-template';
import './provided-context';
import { createRunPrefix, dropRunDatabases, startTestServer, withDatabase } from './test-server';

/**
 * Integration-test setup, once per run: a PostgreSQL server (DATABASE_URL or embedded), a migrated template
 * database, and its coordinates for test files, which clone it with createTestDatabase().
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'warn' });
  const server = await startTestServer(logger);
  const runPrefix = createRunPrefix();
  try {
    await dropRunDatabases(server.adminUrl, undefined);
    const templateDatabase = `${runPrefix}_template`;
    const admin = new pg.Client(server.adminUrl);
    await admin.connect();
    await admin.query(`create database ${pg.escapeIdentifier(templateDatabase)}`).finally(() => admin.end());
    // The pool must be gone before cloning: PostgreSQL refuses a template that has connections.
    const pool = createPool(withDatabase(server.adminUrl, templateDatabase), logger, 2);
    await prepareTemplate(pool).finally(() => pool.end());
    project.provide('testDatabase', { adminUrl: server.adminUrl, templateDatabase, runPrefix, kind: server.kind });
  } catch (error) {
    await dropRunDatabases(server.adminUrl, runPrefix).catch(() => undefined);
    await server.stop();
    throw error;
  }
  return async () => {
    await dropRunDatabases(server.adminUrl, runPrefix);
    await server.stop();
  };
}
