import type pg from 'pg';
import { AppError } from '../../../core/errors';
import {
  assertPasswordPolicy,
  hashPassword,
  revokeUserSessions,
  verifyPassword,
  type AuthContext,
  type AuthSettings,
} from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { recordAudit, type AuditMeta } from '../../platform/audit';
import { findPasswordHash, setPassword } from './users.repository';

/** 修改密码 — with the current password; every other session of the user is signed out. */
export async function changePassword(
  pool: pg.Pool,
  settings: AuthSettings,
  auth: AuthContext,
  input: { currentPassword: string; newPassword: string },
  meta: AuditMeta,
): Promise<{ revokedSessions: number }> {
  if (auth.via.kind !== 'session') throw new AppError('FORBIDDEN');
  const keep = auth.via.sessionId;
  if (!(await verifyPassword(await findPasswordHash(pool, auth.user.id), input.currentPassword))) {
    throw new AppError('PASSWORD_INCORRECT', { field: 'currentPassword' });
  }
  assertPasswordPolicy(input.newPassword, 'newPassword', auth.user.username);
  const passwordHash = await hashPassword(input.newPassword);
  return inTransaction(pool, async (client) => {
    await setPassword(client, auth.user.id, passwordHash, false);
    const revokedSessions = await revokeUserSessions(client, auth.user.id, settings.now(), keep);
    await recordAudit(client, meta, {
      action: 'user.change-password',
      objectType: 'user',
      objectId: auth.user.id,
      after: { revokedSessions },
    });
    return { revokedSessions };
  });
}
