import type pg from 'pg';
import type { AuthContext } from '../../platform/auth';
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
  const lines = [HEADER.join(',')];
  for (const row of rows) {
    lines.push(
      HEADER.map((key) => {
        const value = row[key];
        return csvField(value instanceof Date ? value.toISOString() : value === null ? '' : String(value));
      }).join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// Quotes every field, and defuses spreadsheet formulas (a name starting with = + - @ would run in Excel).
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
