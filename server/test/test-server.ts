import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Logger } from 'pino';
import { isAppError } from '../../core/errors';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../platform/db/embedded-supervisor';
import { isProcessAlive } from '../platform/db/leftover-postmaster';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEST_DATA_DIR = path.join(REPO_ROOT, '.tmp/test-pg');
const TEST_PORT = 54339;
/** Test databases are named `${TEST_DATABASE_PREFIX}<pid of the run>_...`. */
export const TEST_DATABASE_PREFIX = 'zjsc_t_';

/**
 * Test clusters are throwaway: skip initdb's fsync and run without durability, which makes CREATE DATABASE and
 * every commit much cheaper on a busy 2-core machine. (A crash of the machine, not of PostgreSQL, could lose data.)
 */
export const FAST_TEST_CLUSTER = {
  initdbSync: false,
  settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
};

/** A PostgreSQL server for one test run. */
export interface TestServer {
  adminUrl: string;
  kind: 'embedded' | 'external';
  stop(): Promise<void>;
}

/** DATABASE_URL when set (CI, or a developer's own server); otherwise an embedded server under .tmp/. */
export async function startTestServer(logger: Logger): Promise<TestServer> {
  const external = process.env.DATABASE_URL;
  if (external) return { adminUrl: external, kind: 'external', stop: async () => undefined };
  let embedded: EmbeddedPostgres;
  let privateDir: string | undefined;
  try {
    embedded = await startEmbeddedPostgres({ dataDir: TEST_DATA_DIR, port: TEST_PORT, logger, ...FAST_TEST_CLUSTER });
  } catch (error) {
    // Another test run (another checkout, a parallel session) holds the shared server: use a private one.
    const details = isAppError(error) ? error.details : {};
    if (details.inUseByPid === undefined && details.portInUse === undefined) throw error;
    privateDir = `${TEST_DATA_DIR}-${process.pid}`;
    logger.warn({ dataDir: privateDir }, 'the shared test PostgreSQL is in use; starting a private one');
    embedded = await startEmbeddedPostgres({ dataDir: privateDir, port: await findFreePort(), logger, ...FAST_TEST_CLUSTER });
  }
  return {
    adminUrl: withDatabase(embedded.connectionString, 'postgres'),
    kind: 'embedded',
    async stop() {
      await embedded.stop();
      if (privateDir) await rm(privateDir, { recursive: true, force: true });
    },
  };
}

export function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export function createRunPrefix(): string {
  return `${TEST_DATABASE_PREFIX}${process.pid}_${randomBytes(2).toString('hex')}`;
}

/** Drops the databases of this run, and those of earlier runs on this machine whose process is gone. */
export async function dropRunDatabases(adminUrl: string, runPrefix: string | undefined): Promise<void> {
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  try {
    const result = await admin.query<{ datname: string }>('select datname from pg_database where datname like $1', [
      `${TEST_DATABASE_PREFIX}%`,
    ]);
    const isLocal = ['127.0.0.1', 'localhost', '[::1]', ''].includes(new URL(adminUrl).hostname);
    for (const { datname } of result.rows) {
      const pid = Number(datname.slice(TEST_DATABASE_PREFIX.length).split('_')[0]);
      const isOurs = runPrefix !== undefined && datname.startsWith(runPrefix);
      const isAbandoned = isLocal && Number.isInteger(pid) && pid > 0 && !isProcessAlive(pid);
      if (isOurs || isAbandoned) {
        await admin.query(`drop database if exists ${pg.escapeIdentifier(datname)} with (force)`);
      }
    }
  } finally {
    await admin.end();
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
