import type pg from 'pg';
import type { DataScope } from '../../../core/access/data-scope';
import { AppError } from '../../../core/errors';
import type { AuthContext } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { AccountsPermission } from './accounts.permissions';
import { recordAudit, type AuditMeta } from '../../platform/audit';
import { findRoleRow } from './roles.repository';
import { assertCanPlaceInUnit } from './user-access';
import { addGrant, isMember } from './users.repository';

/**
 * 授予角色 — a role to a member of a unit, with a data scope. Only a whole-zone grant manager may give a
 * whole-zone scope or roles with permissions they do not hold themselves; others cannot escalate.
 */
export async function createGrant(
  pool: pg.Pool,
  auth: AuthContext,
  input: { userId: string; roleId: string; unitId: string; scope: DataScope },
  meta: AuditMeta,
): Promise<string> {
  const filter = auth.filterFor(AccountsPermission.GrantManage);
  assertCanPlaceInUnit(filter, input.unitId);
  const role = await findRoleRow(pool, input.roleId);
  if (!role) throw new AppError('NOT_FOUND', { what: `role ${input.roleId}` });
  if (!filter.all) {
    const held = new Set(auth.permissions());
    const beyond = role.permissions.filter((p) => !held.has(p));
    if (input.scope === 'zone') beyond.push('scope: zone');
    if (beyond.length > 0) throw new AppError('PERMISSION_NOT_GRANTABLE', { permissions: beyond });
  }
  return inTransaction(pool, async (client) => {
    if (!(await isMember(client, input.userId, input.unitId))) throw new AppError('UNIT_NOT_MEMBER', { unitId: input.unitId });
    const id = await addGrant(client, { ...input, grantedBy: auth.user.id });
    if (!id) throw new AppError('CONFLICT');
    await recordAudit(client, meta, { action: 'grant.create', objectType: 'grant', objectId: id, after: input });
    return id;
  });
}
