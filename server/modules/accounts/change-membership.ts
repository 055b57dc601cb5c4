import type pg from 'pg';
import { AppError } from '../../../core/errors';
import type { AuthContext } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { AccountsPermission } from './accounts.permissions';
import { recordAudit, type AuditMeta } from '../../platform/audit';
import { assertCanManageUser, assertCanPlaceInUnit } from './user-access';
import { addMembership, findUnitKind } from './users.repository';

/**
 * 调整所属单位 — adds a user to a unit or removes them from one; leaving a unit ends the grants held there (the
 * database cascades them) and the audit record lists them.
 */
export async function changeMembership(
  pool: pg.Pool,
  auth: AuthContext,
  input: { userId: string; unitId: string; member: boolean },
  meta: AuditMeta,
): Promise<void> {
  const { userId, unitId, member } = input;
  await inTransaction(pool, async (client) => {
    await assertCanManageUser(client, auth, userId);
    if (!(await findUnitKind(client, unitId))) throw new AppError('UNIT_INVALID', { field: 'unitId', unitId });
    assertCanPlaceInUnit(auth.filterFor(AccountsPermission.UserManage), unitId);
    if (member) {
      if (!(await addMembership(client, userId, unitId))) return;
      await recordAudit(client, meta, { action: 'user.add-unit', objectType: 'user', objectId: userId, after: { unitId } });
      return;
    }
    const grants = await client.query<{ role_id: string; scope: string }>(
      'select role_id, scope from grants where user_id = $1 and unit_id = $2',
      [userId, unitId],
    );
    const removed = await client.query('delete from user_units where user_id = $1 and unit_id = $2', [userId, unitId]);
    if (!removed.rowCount) throw new AppError('UNIT_NOT_MEMBER', { unitId });
    await recordAudit(client, meta, {
      action: 'user.remove-unit',
      objectType: 'user',
      objectId: userId,
      before: { unitId, grants: grants.rows },
    });
  });
}
