import type pg from 'pg';
import { AppError } from '../../../core/errors';
import type { AuthContext, AuthSettings } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { recordAudit, type AuditMeta } from '../../platform/audit';

/** 撤销 API 令牌 — one of the caller's own; it stops working at once. */
export async function revokeApiToken(pool: pg.Pool, settings: AuthSettings, auth: AuthContext, id: string, meta: AuditMeta): Promise<void> {
  await inTransaction(pool, async (client) => {
    const { rowCount } = await client.query(
      'update api_tokens set revoked_at = $3 where id = $1 and user_id = $2 and revoked_at is null',
      [id, auth.user.id, settings.now()],
    );
    if (!rowCount) throw new AppError('NOT_FOUND', { what: `API token ${id}` });
    await recordAudit(client, meta, { action: 'api-token.revoke', objectType: 'api-token', objectId: id });
  });
}
