import type pg from 'pg';
import { scopeSql, type AuthContext } from '../../platform/auth';
import { AccountsPermission } from './accounts.permissions';
import { grantScope } from './accounts.policy';
import { iso } from './accounts.schema';

interface GrantRow {
  id: string;
  userId: string;
  username: string;
  roleId: string;
  unitId: string;
  scope: string;
  grantedBy: string | null;
  createdAt: Date;
  canRevoke: boolean;
}

/** 授权列表 — grants held in units the caller's read scope reaches (or their own), scoped in SQL. */
export async function listGrants(pool: pg.Pool, auth: AuthContext, query: { userId?: string | undefined; unitId?: string | undefined }) {
  const params: unknown[] = [];
  const conditions = [scopeSql(auth.filterFor(AccountsPermission.GrantRead), grantScope, params)];
  if (query.userId) {
    params.push(query.userId);
    conditions.push(`g.user_id = $${params.length}`);
  }
  if (query.unitId) {
    params.push(query.unitId);
    conditions.push(`g.unit_id = $${params.length}`);
  }
  const canRevoke = scopeSql(auth.filterFor(AccountsPermission.GrantManage), grantScope, params);
  const { rows } = await pool.query<GrantRow>(
    `select g.id, g.user_id as "userId", u.username, g.role_id as "roleId", g.unit_id as "unitId", g.scope,
            g.granted_by as "grantedBy", g.created_at as "createdAt", ${canRevoke} as "canRevoke"
       from grants g join users u on u.id = g.user_id
      where ${conditions.join(' and ')}
      order by u.username, g.unit_id, g.role_id
      limit 1000`,
    params,
  );
  return rows.map(({ canRevoke: revocable, ...row }) => ({
    ...row,
    createdAt: iso(row.createdAt),
    abilities: revocable ? ['revoke'] : [],
  }));
}
