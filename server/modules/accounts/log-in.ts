/**
 * 登录 — username and password to a new session. The same LOGIN_FAILED for a wrong password and an unknown user
 * (and the same argon2 cost for both); every failure counts towards the username's and the address's lock; a
 * success rotates the session (the cookie the browser came with is revoked, never reused).
 */
import type pg from 'pg';
import { AppError } from '../../../core/errors';
import {
  clearLoginFailures,
  createSession,
  findLoginLock,
  recordLoginFailure,
  revokeSession,
  sessionIdOf,
  verifyPassword,
  type AuthSettings,
  type LoginLock,
  type NewSession,
} from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { recordAudit, type AuditMeta } from '../../platform/audit';
import { findUserForLogin, listMemberships, type LoginUser } from './users.repository';

export interface LoginInput {
  username: string;
  password: string;
  userAgent: string | null;
  /** The session cookie the request carried, if any: revoked on success. */
  previousToken: string | null;
}

export async function logIn(pool: pg.Pool, settings: AuthSettings, input: LoginInput, meta: AuditMeta): Promise<NewSession> {
  const username = input.username.trim().toLowerCase();
  const lock = await findLoginLock(pool, username, meta.clientAddress, settings.now());
  if (lock) throw lockedError(lock, settings.now());

  const user = await findUserForLogin(pool, username);
  const matches = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !matches) {
    await recordFailure(pool, settings, username, user, meta);
    throw new AppError('LOGIN_FAILED');
  }
  // The password was right, so saying why the account cannot sign in reveals nothing to a guesser.
  if (user.status === 'pending') throw new AppError('ACCOUNT_PENDING');
  if (user.status === 'disabled') throw new AppError('ACCOUNT_DISABLED');

  return inTransaction(pool, async (client) => {
    const now = settings.now();
    if (input.previousToken) await revokeSession(client, sessionIdOf(input.previousToken), now);
    await clearLoginFailures(client, username);
    await client.query('update users set failed_login_count = 0, locked_until = null where id = $1', [user.id]);
    const actingUnitId = await chooseActingUnit(client, user);
    const session = await createSession(
      client,
      { userId: user.id, actingUnitId, clientAddress: meta.clientAddress, userAgent: input.userAgent },
      settings,
    );
    await recordAudit(client, { ...meta, actorUserId: user.id, actingUnitId }, {
      action: 'auth.login',
      objectType: 'session',
      objectId: session.sessionId,
      after: { userId: user.id, actingUnitId },
    });
    return session;
  });
}

async function recordFailure(
  pool: pg.Pool,
  settings: AuthSettings,
  username: string,
  user: LoginUser | null,
  meta: AuditMeta,
): Promise<void> {
  await inTransaction(pool, async (client) => {
    const count = await recordLoginFailure(client, username, meta.clientAddress, settings);
    if (user) {
      await client.query('update users set failed_login_count = $2, locked_until = $3 where id = $1', [
        user.id,
        count.failures,
        count.lockedUntil,
      ]);
    }
    await recordAudit(client, { ...meta, actorUserId: null }, {
      action: 'auth.login-failed',
      objectType: 'user',
      objectId: user?.id ?? null,
      after: { username, knownUser: user !== null, failures: count.failures, lockedUntil: count.lockedUntil },
    });
  });
}

// The unit acted for last time, if the user still belongs to it; otherwise the oldest membership.
async function chooseActingUnit(client: pg.ClientBase, user: LoginUser): Promise<string | null> {
  const units = await listMemberships(client, user.id);
  if (user.lastActingUnitId && units.some((u) => u.id === user.lastActingUnitId)) return user.lastActingUnitId;
  return units[0]?.id ?? null;
}

function lockedError(lock: LoginLock, now: Date): AppError {
  if (lock.kind === 'address') return new AppError('RATE_LIMITED');
  const minutes = Math.max(1, Math.ceil((lock.until.getTime() - now.getTime()) / 60_000));
  return new AppError('ACCOUNT_LOCKED', { minutes });
}
