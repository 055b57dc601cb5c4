import type pg from 'pg';
import { scopeSql, type AuthContext } from '../../platform/auth';
import { AccountsPermission } from './accounts.permissions';
import { registrationScope } from './accounts.policy';

/** 注册申请统计 — counts per status within the caller's read scope, for the queue's badges. */
export async function summarizeRegistrations(pool: pg.Pool, auth: AuthContext): Promise<Record<'pending' | 'verified' | 'rejected', number>> {
  const params: unknown[] = [];
  const scope = scopeSql(auth.filterFor(AccountsPermission.RegistrationRead), registrationScope, params);
  const { rows } = await pool.query<{ status: 'pending' | 'verified' | 'rejected'; total: number }>(
    `select r.status, count(*)::int as total from enterprise_registrations r where ${scope} group by r.status`,
    params,
  );
  const counts = { pending: 0, verified: 0, rejected: 0 };
  for (const row of rows) counts[row.status] = row.total;
  return counts;
}
