import type pg from 'pg';
import { assertPasswordPolicy, clearLoginFailures, hashPassword, revokeUserSessions, type AuthContext, type AuthSettings } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { recordAudit, type AuditMeta } from '../../platform/audit';
import { assertCanManageUser } from './user-access';
import { getUserSummary, setPassword } from './users.repository';

/**
 * 重置密码 — an administrator sets a new initial password: the person must change it at next sign-in, every
 * session of theirs ends, and a lockout is lifted.
 */
export async function resetPassword(
  pool: pg.Pool,
  settings: AuthSettings,
  auth: AuthContext,
  userId: string,
  newPassword: string,
  meta: AuditMeta,
): Promise<void> {
  await assertCanManageUser(pool, auth, userId);
  const user = await getUserSummary(pool, userId);
  assertPasswordPolicy(newPassword, 'newPassword', user.username);
  const passwordHash = await hashPassword(newPassword);
  await inTransaction(pool, async (client) => {
    await setPassword(client, userId, passwordHash, true);
    await clearLoginFailures(client, user.username);
    const revokedSessions = await revokeUserSessions(client, userId, settings.now());
    await recordAudit(client, meta, {
      action: 'user.reset-password',
      objectType: 'user',
      objectId: userId,
      after: { mustChangePassword: true, revokedSessions },
    });
  });
}
