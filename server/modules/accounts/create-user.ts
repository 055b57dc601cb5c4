import type pg from 'pg';
import { AppError } from '../../../core/errors';
import { assertPasswordPolicy, hashPassword, type AuthContext } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { AccountsPermission } from './accounts.permissions';
import { recordAudit, type AuditMeta } from '../../platform/audit';
import { normalizeNewUsername } from './normalize-username';
import { assertCanPlaceInUnit } from './user-access';
import { addMembership, findUnitKind, insertUser } from './users.repository';

/**
 * 新建用户 — an administrator creates an account in units they manage, with an initial password the person must
 * change at first sign-in. Roles are granted separately.
 */
export async function createUser(
  pool: pg.Pool,
  auth: AuthContext,
  input: { username: string; displayName: string; password: string; unitIds: string[] },
  meta: AuditMeta,
): Promise<string> {
  const username = normalizeNewUsername(input.username, 'username');
  const filter = auth.filterFor(AccountsPermission.UserManage);
  for (const unitId of input.unitIds) {
    if (!(await findUnitKind(pool, unitId))) throw new AppError('UNIT_INVALID', { field: 'unitIds', unitId });
    assertCanPlaceInUnit(filter, unitId);
  }
  assertPasswordPolicy(input.password, 'password', username);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(pool, async (client) => {
    const id = await insertUser(client, {
      username,
      displayName: input.displayName,
      passwordHash,
      status: 'active',
      mustChangePassword: true,
    });
    for (const unitId of input.unitIds) await addMembership(client, id, unitId);
    await recordAudit(client, meta, {
      action: 'user.create',
      objectType: 'user',
      objectId: id,
      after: { username, displayName: input.displayName, unitIds: input.unitIds },
    });
    return id;
  });
}
