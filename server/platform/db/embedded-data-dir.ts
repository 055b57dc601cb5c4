import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, chmod, chown, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../core/errors';
import { findOsUserById, type OsUser } from './postgres-user';

/** The files the embedded PostgreSQL keeps under DATA_DIR. */
export interface EmbeddedPaths {
  dataDir: string;
  /** PostgreSQL's own data directory (PGDATA). */
  pgDir: string;
  /** Where initdb writes before the result is renamed to pgDir, so a crash never leaves half a cluster. */
  initdbDir: string;
  passwordFile: string;
  logFile: string;
  /** Holds the pid of the Node process supervising the running server. */
  supervisorPidFile: string;
}

export function getEmbeddedPaths(dataDir: string): EmbeddedPaths {
  const root = path.resolve(dataDir);
  return {
    dataDir: root,
    pgDir: path.join(root, 'pg'),
    initdbDir: path.join(root, 'pg.initdb-tmp'),
    passwordFile: path.join(root, 'pg-password'),
    logFile: path.join(root, 'pg.log'),
    supervisorPidFile: path.join(root, 'pg-supervisor.pid'),
  };
}

function fail(reason: string, cause?: unknown): never {
  throw new AppError('EMBEDDED_DB_FAILED', { reason }, cause === undefined ? undefined : { cause });
}

export async function ensureDataDir(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    fail(`cannot create data directory ${dataDir} (${(error as Error).message}); set DATA_DIR to a writable directory`, error);
  }
  try {
    await access(dataDir, constants.W_OK | constants.X_OK);
  } catch (error) {
    fail(
      `data directory ${dataDir} is not writable by this process (uid ${process.getuid?.() ?? '?'}); ` +
        'fix its owner or permissions, or set DATA_DIR to another directory',
      error,
    );
  }
}

/**
 * PostgreSQL runs as `runAs` and must own its data directory. A root-owned one (e.g. restored by root) is handed
 * over; one owned by a third user is someone else's, and we say so rather than take it.
 */
export async function checkPgDirOwner(pgDir: string, runAs: OsUser | undefined): Promise<void> {
  const info = await stat(pgDir);
  const expectedUid = runAs ? runAs.uid : process.getuid?.();
  if (expectedUid === undefined || info.uid === expectedUid) return;
  if (runAs && info.uid === 0) {
    await chownRecursive(pgDir, runAs.uid, runAs.gid);
    return;
  }
  const owner = (await findOsUserById(info.uid))?.name ?? `uid ${info.uid}`;
  const expected = runAs?.name ?? (await findOsUserById(expectedUid))?.name ?? `uid ${expectedUid}`;
  fail(
    `database directory ${pgDir} is owned by ${owner}, but the embedded PostgreSQL runs as ${expected}; ` +
      `run "chown -R ${expected} ${pgDir}" or set DATA_DIR to another directory`,
  );
}

export async function chownRecursive(target: string, uid: number, gid: number): Promise<void> {
  await chown(target, uid, gid);
  const info = await stat(target);
  if (!info.isDirectory()) return;
  for (const entry of await readdir(target, { withFileTypes: true })) {
    const child = path.join(target, entry.name);
    if (entry.isSymbolicLink()) continue;
    await chownRecursive(child, uid, gid);
  }
}

/**
 * When root hands the data directory to an unprivileged user, every ancestor must be searchable by that user,
 * or PostgreSQL fails later with a less helpful "permission denied".
 */
export async function checkSearchableBy(dir: string, user: OsUser): Promise<void> {
  let current = path.resolve(dir);
  const ancestors: string[] = [];
  for (;;) {
    ancestors.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const ancestor of ancestors) {
    const info = await stat(ancestor);
    const mode = info.mode;
    const searchable =
      (mode & 0o001) !== 0 ||
      (info.uid === user.uid && (mode & 0o100) !== 0) ||
      (info.gid === user.gid && (mode & 0o010) !== 0);
    if (!searchable) {
      fail(
        `the embedded PostgreSQL runs as user ${user.name}, who cannot enter ${ancestor}; ` +
          `run "chmod o+x ${ancestor}" or set DATA_DIR to a directory outside it`,
      );
    }
  }
}

/**
 * The superuser password is generated once and kept beside the cluster (mode 0600), so only this account (and root)
 * can connect, even from other local users over TCP.
 */
export async function ensurePasswordFile(passwordFile: string): Promise<string> {
  const password = randomBytes(24).toString('base64url');
  try {
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600, flag: 'wx' });
    return password;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      fail(`cannot write ${passwordFile} (${(error as Error).message})`, error);
    }
  }
  const existing = (await readFile(passwordFile, 'utf8')).trim();
  if (existing === '') fail(`password file ${passwordFile} is empty; restore it from a backup of DATA_DIR`);
  const info = await stat(passwordFile);
  if ((info.mode & 0o077) !== 0) await chmod(passwordFile, 0o600);
  return existing;
}
