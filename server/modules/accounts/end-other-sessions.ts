/** 退出其他会话 — "sign out elsewhere": every live session of the caller but the current one is revoked. */
import type pg from 'pg';
import { AppError } from '../../../core/errors';
import { revokeUserSessions, type AuthContext, type AuthSettings } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { recordAudit, type AuditMeta } from '../../platform/audit';

export async function endOtherSessions(
  pool: pg.Pool,
  settings: AuthSettings,
  auth: AuthContext,
  meta: AuditMeta,
): Promise<{ revoked: number }> {
  if (auth.via.kind !== 'session') throw new AppError('FORBIDDEN');
  const keep = auth.via.sessionId;
  return inTransaction(pool, async (client) => {
    const revoked = await revokeUserSessions(client, auth.user.id, settings.now(), keep);
    await recordAudit(client, meta, {
      action: 'auth.revoke-other-sessions',
      objectType: 'user',
      objectId: auth.user.id,
      after: { revoked },
    });
    return { revoked };
  });
}
