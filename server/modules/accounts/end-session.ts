/** 结束会话 — ends one of the caller's own sessions; another user's session id is simply not found. */
import type pg from 'pg';
import { AppError } from '../../../core/errors';
import { revokeSession, type AuthContext, type AuthSettings } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { recordAudit, type AuditMeta } from '../../platform/audit';

export async function endSession(pool: pg.Pool, settings: AuthSettings, auth: AuthContext, sessionId: string, meta: AuditMeta): Promise<void> {
  await inTransaction(pool, async (client) => {
    if (!(await revokeSession(client, sessionId, settings.now(), auth.user.id))) {
      throw new AppError('NOT_FOUND', { what: `session ${sessionId.slice(0, 12)}…` });
    }
    await recordAudit(client, meta, { action: 'auth.revoke-session', objectType: 'session', objectId: sessionId });
  });
}
