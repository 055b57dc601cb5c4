import type pg from 'pg';
import type { AuthContext } from '../../platform/auth';
import { toCsv } from '../../platform/csv';
import { AccountsPermission } from './accounts.permissions';
import { listRegistrationRows, type RegistrationQuery } from './registrations.repository';

/** The most rows one export returns; narrow the query for more. */
export const EXPORT_LIMIT = 50_000;

const HEADER = ['id', 'status', 'creditCode', 'enterpriseName', 'contactName', 'contactPhone', 'bodyId', 'townCode',
  'submittedUsername', 'submittedAt', 'reviewedAt', 'reason'] as const;

/** 导出注册申请 — CSV (UTF-8 with BOM, so Excel reads Chinese) of what the caller may read, scoped in SQL. */
export async function exportRegistrations(pool: pg.Pool, auth: AuthContext, query: RegistrationQuery): Promise<string> {
  const rows = await listRegistrationRows(pool, auth.filterFor(AccountsPermission.RegistrationRead), query, {
    limit: EXPORT_LIMIT,
    offset: 0,
  });
  return toCsv(HEADER, rows.map((row) => HEADER.map((key) => row[key])));
}
