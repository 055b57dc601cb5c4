import type pg from 'pg';
import { AppError } from '../../../core/errors';
import { revokeSession, type AuthContext, type AuthSettings } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { recordAudit, type AuditMeta } from '../../platform/audit';

/** 退出登录 — revokes the caller's session. */
export async function logOut(pool: pg.Pool, settings: AuthSettings, auth: AuthContext, meta: AuditMeta): Promise<void> {
  if (auth.via.kind !== 'session') throw new AppError('FORBIDDEN');
  const sessionId = auth.via.sessionId;
  await inTransaction(pool, async (client) => {
    await revokeSession(client, sessionId, settings.now());
    await recordAudit(client, meta, { action: 'auth.logout', objectType: 'session', objectId: sessionId });
  });
}
