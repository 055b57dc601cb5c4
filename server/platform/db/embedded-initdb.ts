import { spawn } from 'node:child_process';
import { open, readFile, rename, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { AppError } from '../../../core/errors';
import { chownRecursive, type EmbeddedPaths } from './embedded-data-dir';
import type { PostgresBinaries } from './postgres-binaries';
import type { OsUser } from './postgres-user';

/** The major version of the bundled binaries; a cluster made by another major cannot be opened. */
export const EMBEDDED_PG_MAJOR = '15';

/**
 * Creates the cluster with initdb into a scratch directory and renames it into place only on success, so a failed
 * or killed initdb never leaves a half-made cluster that later starts would trip over.
 */
export async function initialiseCluster(options: {
  paths: EmbeddedPaths;
  binaries: PostgresBinaries;
  password: string;
  runAs: OsUser | undefined;
  logger: Logger;
  /** false skips the final fsync (throwaway test clusters). */
  sync?: boolean;
}): Promise<void> {
  const { paths, binaries, password, runAs, logger } = options;
  await rm(paths.initdbDir, { recursive: true, force: true });
  await mkdir(paths.initdbDir, { mode: 0o700 });
  // initdb runs as runAs and cannot read our 0600 password file, so it gets its own copy inside its directory.
  const pwfile = path.join(paths.initdbDir, '.pwfile');
  await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
  if (runAs) await chownRecursive(paths.initdbDir, runAs.uid, runAs.gid);
  logger.info({ pgDir: paths.pgDir }, 'initialising the embedded PostgreSQL cluster');
  try {
    // initdb insists on an empty directory, so the password file lives in a sibling it creates afterwards.
    const clusterDir = path.join(paths.initdbDir, 'data');
    const args = options.sync === false ? ['--no-sync'] : [];
    await runInitdb(binaries.initdb, clusterDir, pwfile, runAs, paths.logFile, args);
    await rename(clusterDir, paths.pgDir);
  } catch (error) {
    await rm(paths.pgDir, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  } finally {
    await rm(paths.initdbDir, { recursive: true, force: true });
  }
}

async function runInitdb(
  initdb: string,
  clusterDir: string,
  pwfile: string,
  runAs: OsUser | undefined,
  logFile: string,
  extraArgs: string[],
): Promise<void> {
  const log = await open(logFile, 'a');
  const args = [
    `--pgdata=${clusterDir}`,
    '--username=postgres',
    `--pwfile=${pwfile}`,
    '--auth=scram-sha-256',
    '--encoding=UTF8',
    '--locale=C',
    ...extraArgs,
  ];
  try {
    const exit = await new Promise<{ code: number | null; error?: Error }>((resolve) => {
      const child = spawn(initdb, args, {
        stdio: ['ignore', log.fd, log.fd],
        ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
        env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      });
      child.once('error', (error) => resolve({ code: null, error }));
      child.once('exit', (code) => resolve({ code }));
    });
    if (exit.code !== 0) {
      throw new AppError(
        'EMBEDDED_DB_FAILED',
        {
          reason: `initdb failed (${exit.error?.message ?? `exit code ${exit.code}`}); see ${logFile}: ${await readLogTail(logFile)}`,
        },
        exit.error ? { cause: exit.error } : undefined,
      );
    }
  } finally {
    await log.close();
  }
}

/** The last lines of the PostgreSQL log, for error messages that should carry their cause. */
export async function readLogTail(logFile: string, lines = 5): Promise<string> {
  try {
    const text = await readFile(logFile, 'utf8');
    return text.trimEnd().split('\n').slice(-lines).join(' | ');
  } catch {
    return '';
  }
}

/** Reads PG_VERSION; undefined when the directory is not (yet) a cluster. */
export async function readClusterVersion(pgDir: string): Promise<string | undefined> {
  try {
    return (await readFile(path.join(pgDir, 'PG_VERSION'), 'utf8')).trim();
  } catch {
    return undefined;
  }
}
