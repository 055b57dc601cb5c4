import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Logger } from 'pino';
import { AppError } from '../../../core/errors';

/** An operating-system account the embedded PostgreSQL runs as. */
export interface OsUser {
  name: string;
  uid: number;
  gid: number;
}

/** Debian's packaged PostgreSQL creates this account; reusing it avoids adding users to the host. */
const DEBIAN_POSTGRES_USER = 'postgres';
/** Our own system account, created only when the host has no `postgres` account. */
export const DEDICATED_POSTGRES_USER = 'zjsc-postgres';

export function parsePasswd(text: string): OsUser[] {
  const users: OsUser[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [name, , uid, gid] = line.split(':');
    const uidNumber = Number(uid);
    const gidNumber = Number(gid);
    if (!name || uid === undefined || gid === undefined || uid === '' || gid === '') continue;
    if (!Number.isInteger(uidNumber) || !Number.isInteger(gidNumber)) continue;
    users.push({ name, uid: uidNumber, gid: gidNumber });
  }
  return users;
}

export async function findOsUser(name: string, passwdFile = '/etc/passwd'): Promise<OsUser | undefined> {
  const text = await readFile(passwdFile, 'utf8').catch(() => '');
  return parsePasswd(text).find((user) => user.name === name);
}

export async function findOsUserById(uid: number, passwdFile = '/etc/passwd'): Promise<OsUser | undefined> {
  const text = await readFile(passwdFile, 'utf8').catch(() => '');
  return parsePasswd(text).find((user) => user.uid === uid);
}

export function isRunningAsRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * PostgreSQL refuses to run as root. When we are root, pick an unprivileged account for it; otherwise it runs as
 * ourselves (undefined).
 */
export async function resolvePostgresUser(logger: Logger): Promise<OsUser | undefined> {
  if (!isRunningAsRoot()) return undefined;
  const existing = (await findOsUser(DEBIAN_POSTGRES_USER)) ?? (await findOsUser(DEDICATED_POSTGRES_USER));
  if (existing) return existing;
  try {
    await promisify(execFile)('useradd', [
      '--system',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      DEDICATED_POSTGRES_USER,
    ]);
  } catch (error) {
    throw new AppError(
      'EMBEDDED_DB_FAILED',
      {
        reason:
          `running as root, PostgreSQL needs an unprivileged account, and creating "${DEDICATED_POSTGRES_USER}" ` +
          `failed (${(error as Error).message.trim()}); create a "postgres" user, run as a normal user, ` +
          'or set DATABASE_URL',
      },
      { cause: error },
    );
  }
  logger.warn(
    { user: DEDICATED_POSTGRES_USER },
    `created system user "${DEDICATED_POSTGRES_USER}" to run the embedded PostgreSQL, because this process runs as root`,
  );
  const created = await findOsUser(DEDICATED_POSTGRES_USER);
  if (!created) {
    throw new AppError('EMBEDDED_DB_FAILED', { reason: `user "${DEDICATED_POSTGRES_USER}" was not found after useradd` });
  }
  return created;
}
