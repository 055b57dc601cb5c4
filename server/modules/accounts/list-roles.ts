import type pg from 'pg';
import type { AuthContext } from '../../platform/auth';
import { AccountsPermission } from './accounts.permissions';
import { listRoleRows } from './roles.repository';

/** 角色列表 — every role; roles are a catalogue of the whole installation, not data of a unit. */
export async function listRoles(pool: pg.Pool, auth: AuthContext) {
  const abilities = auth.can(AccountsPermission.RoleManage) ? ['update'] : [];
  return (await listRoleRows(pool)).map((role) => ({ ...role, abilities }));
}
