import type pg from 'pg';
import { assertAccess, type AuthContext } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { AccountsPermission } from './accounts.permissions';
import { grantObject } from './accounts.policy';
import { recordAudit, type AuditMeta } from '../../platform/audit';

/** 撤销授权 — takes effect on the holder's next request. */
export async function revokeGrant(pool: pg.Pool, auth: AuthContext, id: string, meta: AuditMeta): Promise<void> {
  await inTransaction(pool, async (client) => {
    await assertAccess(client, auth, grantObject, id, { act: AccountsPermission.GrantManage, read: AccountsPermission.GrantRead }, 'grant');
    const { rows } = await client.query<{ user_id: string; role_id: string; unit_id: string; scope: string }>(
      'delete from grants where id = $1 returning user_id, role_id, unit_id, scope',
      [id],
    );
    await recordAudit(client, meta, { action: 'grant.revoke', objectType: 'grant', objectId: id, before: rows[0] ?? null });
  });
}
