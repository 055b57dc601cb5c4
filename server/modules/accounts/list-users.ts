import type pg from 'pg';
import { scopeSql, type AuthContext } from '../../platform/auth';
import { AccountsPermission } from './accounts.permissions';
import { userScope } from './accounts.policy';
import { iso } from './accounts.schema';
import type { UnitRef, UserSummary } from './users.repository';

/** 用户列表条件 */
export interface UserQuery {
  page: number;
  pageSize: number;
  q?: string | undefined;
  status?: UserSummary['status'] | undefined;
  unitId?: string | undefined;
}

interface UserListRow extends UserSummary {
  lockedUntil: Date | null;
  createdAt: Date;
  units: UnitRef[];
  canManage: boolean;
}

/**
 * 用户列表 — users the caller may see, scoped in SQL; whether each may be managed is computed by the same query
 * from the manage scope, and sent as abilities.
 */
export async function listUsers(pool: pg.Pool, auth: AuthContext, query: UserQuery) {
  const params: unknown[] = [];
  const conditions = [scopeSql(auth.filterFor(AccountsPermission.UserRead), userScope, params)];
  if (query.q) {
    params.push(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    conditions.push(`(u.username ilike $${params.length} or u.display_name ilike $${params.length})`);
  }
  if (query.status) {
    params.push(query.status);
    conditions.push(`u.status = $${params.length}`);
  }
  if (query.unitId) {
    params.push(query.unitId);
    conditions.push(`exists (select 1 from user_units m where m.user_id = u.id and m.unit_id = $${params.length})`);
  }
  const where = conditions.join(' and ');
  const countParams = [...params];
  const canManage = scopeSql(auth.filterFor(AccountsPermission.UserManage), userScope, params);
  params.push(query.pageSize, (query.page - 1) * query.pageSize);
  const [page, count] = await Promise.all([
    pool.query<UserListRow>(
      `select u.id, u.username, u.display_name as "displayName", u.status, u.must_change_password as "mustChangePassword",
              u.locked_until as "lockedUntil", u.created_at as "createdAt", ${canManage} as "canManage",
              coalesce((select json_agg(json_build_object('id', o.id, 'name', o.name, 'nameEn', o.name_en, 'kind', o.kind)
                                        order by m.created_at)
                          from user_units m join org_units o on o.id = m.unit_id where m.user_id = u.id), '[]') as units
         from users u
        where ${where}
        order by u.username
        limit $${params.length - 1} offset $${params.length}`,
      params,
    ),
    pool.query<{ total: number }>(`select count(*)::int as total from users u where ${where}`, countParams),
  ]);
  return {
    items: page.rows.map(({ canManage: manageable, ...row }) => ({
      ...row,
      lockedUntil: iso(row.lockedUntil),
      createdAt: iso(row.createdAt),
      abilities: manageable ? userAbilities(row.status) : [],
    })),
    total: count.rows[0]!.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

function userAbilities(status: UserSummary['status']): string[] {
  return [status === 'active' ? 'disable' : 'enable', 'reset-password', 'manage-units'].filter(
    (ability) => !(ability === 'enable' && status === 'pending'),
  );
}
