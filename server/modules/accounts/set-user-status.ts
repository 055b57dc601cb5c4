import type pg from 'pg';
import { AppError } from '../../../core/errors';
import { revokeUserSessions, type AuthContext, type AuthSettings } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { recordAudit, type AuditMeta } from '../../platform/audit';
import { assertCanManageUser } from './user-access';
import { getUserSummary, setUserStatus } from './users.repository';

/**
 * 停用 / 启用用户 — a disabled user's sessions end at once and their API tokens stop working (authentication
 * checks the status). Pending accounts are activated by verifying their registration, not here.
 */
export async function setUserEnabled(
  pool: pg.Pool,
  settings: AuthSettings,
  auth: AuthContext,
  userId: string,
  enabled: boolean,
  meta: AuditMeta,
): Promise<void> {
  if (userId === auth.user.id && !enabled) throw new AppError('FORBIDDEN', { reason: 'cannot disable oneself' });
  await inTransaction(pool, async (client) => {
    await assertCanManageUser(client, auth, userId);
    const before = await getUserSummary(client, userId, true);
    if (before.status === 'pending') throw new AppError('CONFLICT');
    const status = enabled ? 'active' : 'disabled';
    if (before.status === status) return;
    await setUserStatus(client, userId, status);
    const revokedSessions = enabled ? 0 : await revokeUserSessions(client, userId, settings.now());
    await recordAudit(client, meta, {
      action: enabled ? 'user.enable' : 'user.disable',
      objectType: 'user',
      objectId: userId,
      before: { status: before.status },
      after: { status, revokedSessions },
    });
  });
}
