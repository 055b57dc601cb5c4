import type pg from 'pg';
import type { AuthContext } from '../../platform/auth';
import { AccountsPermission } from './accounts.permissions';
import { presentRegistration } from './present-registration';
import { countRegistrationRows, listRegistrationRows, type RegistrationQuery } from './registrations.repository';

/**
 * 注册申请列表 — the verification queue and its search: one page and the total, both bounded by the caller's read
 * scope in SQL (a 金桥 officer's count never includes another body's registrations).
 */
export async function listRegistrations(
  pool: pg.Pool,
  auth: AuthContext,
  query: RegistrationQuery & { page: number; pageSize: number },
) {
  const filter = auth.filterFor(AccountsPermission.RegistrationRead);
  const page = { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
  const [rows, total] = await Promise.all([
    listRegistrationRows(pool, filter, query, page),
    countRegistrationRows(pool, filter, query),
  ]);
  return { items: rows.map((row) => presentRegistration(auth, row)), total, page: query.page, pageSize: query.pageSize };
}
