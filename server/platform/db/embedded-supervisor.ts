import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { open, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { AppError } from '../../../core/errors';
import {
  checkPgDirOwner,
  checkSearchableBy,
  ensureDataDir,
  ensurePasswordFile,
  getEmbeddedPaths,
  type EmbeddedPaths,
} from './embedded-data-dir';
import { EMBEDDED_PG_MAJOR, initialiseCluster, readClusterVersion, readLogTail } from './embedded-initdb';
import { clearLeftoverPostmaster, shutDownPostmaster } from './leftover-postmaster';
import { isPortFree } from './port-check';
import { resolvePostgresBinaries, type PostgresBinaries } from './postgres-binaries';
import { resolvePostgresUser, type OsUser } from './postgres-user';

/** The database the platform uses inside the embedded cluster. */
export const EMBEDDED_DATABASE_NAME = 'zjsc';
export const EMBEDDED_SUPERUSER = 'postgres';
const DEFAULT_START_TIMEOUT_MS = 30_000;
/** Fast shutdown waits for nothing but the checkpoint; past this we escalate. */
const STOP_TIMEOUT_MS = 60_000;
/** Unix socket paths are limited to ~107 bytes; beyond that we serve TCP only. */
const MAX_SOCKET_PATH = 100;
const MAX_LOG_BYTES = 10 * 1024 * 1024;

export interface EmbeddedPostgresOptions {
  /** DATA_DIR; the cluster lives in `${dataDir}/pg`. */
  dataDir: string;
  /** TCP port on 127.0.0.1. */
  port: number;
  startTimeoutMs?: number;
  logger: Logger;
  /** Called when the server dies while we did not ask it to stop; the caller should exit. */
  onUnexpectedExit?: (exit: { code: number | null; signal: NodeJS.Signals | null }) => void;
  /** Override of the bundled binaries (tests use it to simulate a broken initdb). */
  binaries?: PostgresBinaries;
  /**
   * Extra server settings (`-c name=value`). Tests turn durability off (fsync, synchronous_commit) for speed;
   * production passes none.
   */
  settings?: Record<string, string>;
  /** false skips initdb's final fsync: only for throwaway clusters (tests). Default true. */
  initdbSync?: boolean;
}

/** 内置数据库 — a running embedded PostgreSQL supervised by this process. */
export interface EmbeddedPostgres {
  /** URL of the `zjsc` database, with the generated password. Do not log it. */
  connectionString: string;
  port: number;
  /** pid of the postmaster. */
  pid: number;
  /** Fast shutdown; resolves when the server has exited. Idempotent. */
  stop(): Promise<void>;
  /**
   * Registers a listener for the server dying while we did not ask it to stop (called at once if it already
   * has). `reason` names the exit code or signal and the log file. The caller should exit.
   */
  onUnexpectedExit(listener: (reason: string) => void): void;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { port, logger } = options;
  const startTimeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const paths = getEmbeddedPaths(options.dataDir);
  const binaries = options.binaries ?? (await resolvePostgresBinaries());

  await ensureDataDir(paths.dataDir);
  const runAs = await resolvePostgresUser(logger);
  if (runAs) await checkSearchableBy(paths.dataDir, runAs);
  // An orphan of ours holds the port, so it goes first; a port taken by anything else stops us before initdb.
  await clearLeftoverPostmaster({ pgDir: paths.pgDir, supervisorPidFile: paths.supervisorPidFile, logger });
  if (!(await isPortFree(port))) {
    throw new AppError('EMBEDDED_DB_FAILED', {
      reason: `port ${port} on 127.0.0.1 is already in use by another program; set EMBEDDED_DB_PORT to a free port`,
      portInUse: port,
    });
  }
  const password = await prepareCluster(paths, binaries, runAs, logger, options.initdbSync ?? true);

  // Written before the spawn, so a concurrent start never mistakes our starting server for an orphan.
  await writeFile(paths.supervisorPidFile, `${process.pid}\n`);
  const child = await spawnPostmaster(paths, binaries, port, runAs, options.settings ?? {}).catch(async (error: unknown) => {
    await rm(paths.supervisorPidFile, { force: true });
    throw error;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });

  const target = { host: '127.0.0.1', port, user: EMBEDDED_SUPERUSER, password };
  try {
    await waitUntilReady(target, exited, startTimeoutMs, paths.logFile);
    await ensureDatabase(target, EMBEDDED_DATABASE_NAME);
  } catch (error) {
    await shutDownPostmaster(child.pid!, 5_000).catch(() => undefined);
    await rm(paths.supervisorPidFile, { force: true });
    throw error;
  }

  let stopping: Promise<void> | undefined;
  let deathReason: string | undefined;
  const listeners: Array<(reason: string) => void> = [];
  void exited.then((exit) => {
    if (stopping) return;
    deathReason = `PostgreSQL exited with ${exit.signal ?? `code ${exit.code}`}; see ${paths.logFile}`;
    logger.fatal({ ...exit, logFile: paths.logFile }, 'the embedded PostgreSQL exited unexpectedly');
    options.onUnexpectedExit?.(exit);
    for (const listener of listeners) listener(deathReason);
  });
  logger.info({ port, pgDir: paths.pgDir, pid: child.pid }, 'embedded PostgreSQL is ready');

  const user = encodeURIComponent(EMBEDDED_SUPERUSER);
  return {
    connectionString: `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE_NAME}`,
    port,
    pid: child.pid!,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGINT');
          const timer = new Promise<'timeout'>((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS, 'timeout').unref());
          if ((await Promise.race([exited, timer])) === 'timeout') await shutDownPostmaster(child.pid!, 0);
        }
        await rm(paths.supervisorPidFile, { force: true });
        logger.info({ pgDir: paths.pgDir }, 'embedded PostgreSQL stopped');
      })();
      return stopping;
    },
    onUnexpectedExit(listener) {
      if (deathReason === undefined) listeners.push(listener);
      else listener(deathReason);
    },
  };
}

/** Makes sure `${dataDir}/pg` holds a usable cluster and returns the superuser password. */
async function prepareCluster(
  paths: EmbeddedPaths,
  binaries: PostgresBinaries,
  runAs: OsUser | undefined,
  logger: Logger,
  initdbSync: boolean,
): Promise<string> {
  if (existsSync(paths.pgDir) && (await readdir(paths.pgDir)).length === 0) await rmdir(paths.pgDir);
  if (!existsSync(paths.pgDir)) {
    const password = await ensurePasswordFile(paths.passwordFile);
    await initialiseCluster({ paths, binaries, password, runAs, logger, sync: initdbSync });
    return password;
  }
  const version = await readClusterVersion(paths.pgDir);
  if (version === undefined) {
    throw new AppError('EMBEDDED_DB_FAILED', {
      reason: `${paths.pgDir} exists but is not a PostgreSQL data directory; move it away or set DATA_DIR elsewhere`,
    });
  }
  if (version !== EMBEDDED_PG_MAJOR) {
    throw new AppError('EMBEDDED_DB_FAILED', {
      reason:
        `${paths.pgDir} was created by PostgreSQL ${version}, but the embedded server is PostgreSQL ${EMBEDDED_PG_MAJOR}; ` +
        'back it up with that version and restore into a new DATA_DIR',
    });
  }
  if (!existsSync(paths.passwordFile)) {
    throw new AppError('EMBEDDED_DB_FAILED', {
      reason: `${paths.passwordFile} is missing, so the existing database cannot be opened; restore that file from a copy of DATA_DIR`,
    });
  }
  await checkPgDirOwner(paths.pgDir, runAs);
  return ensurePasswordFile(paths.passwordFile);
}

async function spawnPostmaster(
  paths: EmbeddedPaths,
  binaries: PostgresBinaries,
  port: number,
  runAs: OsUser | undefined,
  settings: Record<string, string>,
): Promise<ChildProcess> {
  await rotateLog(paths.logFile);
  const socketPath = path.join(paths.pgDir, `.s.PGSQL.${port}`);
  const socketDir = socketPath.length <= MAX_SOCKET_PATH ? paths.pgDir : '';
  const args = [
    '-D', paths.pgDir,
    '-p', String(port),
    '-k', socketDir,
    '-c', 'listen_addresses=127.0.0.1',
    '-c', 'logging_collector=off',
  ];
  for (const [name, value] of Object.entries(settings)) {
    if (!/^[a-z_.]+$/.test(name)) throw new AppError('EMBEDDED_DB_FAILED', { reason: `invalid setting name ${name}` });
    args.push('-c', `${name}=${value}`);
  }
  const log = await open(paths.logFile, 'a');
  try {
    const child = spawn(binaries.postgres, args, {
      stdio: ['ignore', log.fd, log.fd],
      // Its own process group: a Ctrl-C in the terminal reaches only us, and we shut it down in order.
      detached: true,
      ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', (error) =>
        reject(new AppError('EMBEDDED_DB_FAILED', { reason: `cannot run ${binaries.postgres}: ${error.message}` }, { cause: error })),
      );
    });
    return child;
  } finally {
    await log.close();
  }
}

async function rotateLog(logFile: string): Promise<void> {
  const size = await stat(logFile).then((info) => info.size, () => 0);
  if (size > MAX_LOG_BYTES) await rename(logFile, `${logFile}.old`);
}

interface ConnectionTarget {
  host: string;
  port: number;
  user: string;
  password: string;
}

async function waitUntilReady(
  target: ConnectionTarget,
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
  timeoutMs: number,
  logFile: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  void exited.then((value) => (exit = value));
  while (Date.now() < deadline) {
    if (exit) {
      throw new AppError('EMBEDDED_DB_FAILED', {
        reason: `PostgreSQL exited during start (code ${exit.code ?? exit.signal}); see ${logFile}: ${await readLogTail(logFile)}`,
      });
    }
    const client = new pg.Client({
      ...target,
      database: 'postgres',
      connectionTimeoutMillis: Math.max(1, Math.min(1_000, deadline - Date.now())),
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('select 1');
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new AppError('EMBEDDED_DB_FAILED', {
    reason: `PostgreSQL did not start within ${formatDuration(timeoutMs)}; see ${logFile}`,
  });
}

function formatDuration(ms: number): string {
  return ms >= 1_000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

async function ensureDatabase(target: ConnectionTarget, database: string): Promise<void> {
  const client = new pg.Client({ ...target, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
