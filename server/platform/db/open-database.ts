import pg from 'pg';
import type { Logger } from 'pino';
import { AppError } from '../../../core/errors';
import { startEmbeddedPostgres, type EmbeddedPostgres, type EmbeddedPostgresOptions } from './embedded-supervisor';
import { typeParsers } from './pg-types';
import { StatementCachingClient } from './statement-caching-client';

/** The oldest PostgreSQL we support (server_version_num). */
const MIN_SERVER_VERSION_NUM = 150_000;
const POOL_SIZE = 10;
const EXTERNAL_CONNECT_TIMEOUT_MS = 5_000;

/** 数据库 — the pool the server uses, and where it points. */
export interface Database {
  pool: pg.Pool;
  kind: 'embedded' | 'external';
  /** Includes credentials: never log it. */
  connectionString: string;
  /** Ends the pool, then stops the embedded server if we started one. */
  close(): Promise<void>;
  /** Embedded only: registers a listener for the server dying under us (see EmbeddedPostgres). */
  onUnexpectedExit?: (listener: (reason: string) => void) => void;
}

export interface OpenDatabaseOptions {
  /** DATABASE_URL; unset → the embedded PostgreSQL under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPort: number;
  logger: Logger;
  /** Tuning of the embedded server (start timeout; tests also pass durability settings). */
  embedded?: Pick<EmbeddedPostgresOptions, 'startTimeoutMs' | 'settings' | 'initdbSync'>;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const { databaseUrl, logger } = options;
  if (databaseUrl) {
    await checkExternalServer(databaseUrl);
    logger.info({ server: describeServer(databaseUrl) }, 'using external PostgreSQL');
    const pool = createPool(databaseUrl, logger);
    return { pool, kind: 'external', connectionString: databaseUrl, close: () => pool.end() };
  }
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres({
    dataDir: options.dataDir,
    port: options.embeddedPort,
    logger,
    ...options.embedded,
  });
  const pool = createPool(embedded.connectionString, logger);
  let closing: Promise<void> | undefined;
  return {
    pool,
    kind: 'embedded',
    connectionString: embedded.connectionString,
    onUnexpectedExit: (listener) => embedded.onUnexpectedExit(listener),
    close() {
      closing ??= pool.end().finally(() => embedded.stop());
      return closing;
    },
  };
}

export function createPool(connectionString: string, logger: Logger, max = POOL_SIZE): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, types: typeParsers, application_name: 'zjsc', Client: StatementCachingClient });
  // An idle client whose server went away emits 'error' on the pool; unhandled, that would crash the process.
  pool.on('error', (error) => logger.error({ err: error }, 'idle database connection failed'));
  return pool;
}

/** host:port of a connection URL, without credentials, for messages and logs. */
export function describeServer(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const host = url.searchParams.get('host') ?? (url.hostname || 'localhost');
    return `${host}:${url.port || '5432'}`;
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

async function checkExternalServer(databaseUrl: string): Promise<void> {
  const server = describeServer(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: EXTERNAL_CONNECT_TIMEOUT_MS });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new AppError(
      'DATABASE_UNAVAILABLE',
      { reason: `cannot connect to PostgreSQL at ${server} (${(error as Error).message}); check DATABASE_URL and that the server is running` },
      { cause: error },
    );
  }
  try {
    const result = await client.query<{ server_version_num: string; server_version: string }>(
      "select current_setting('server_version_num') as server_version_num, current_setting('server_version') as server_version",
    );
    const row = result.rows[0]!;
    if (Number(row.server_version_num) < MIN_SERVER_VERSION_NUM) {
      throw new AppError('DATABASE_UNAVAILABLE', {
        reason: `PostgreSQL at ${server} is version ${row.server_version}; version 15 or later is required`,
      });
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
