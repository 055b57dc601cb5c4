import type pg from 'pg';
import type { AuthContext } from '../../platform/auth';
import { toCsv } from '../../platform/csv';
import { AuditPermission } from './audit.permissions';
import { listAuditRows, type AuditQuery } from './audit.repository';

/** The most records one export returns; narrow the filters (time range) for more. */
export const AUDIT_EXPORT_LIMIT = 100_000;

const HEADER = ['seq', 'at', 'actor', 'actingUnit', 'capacity', 'inTheNameOf', 'action', 'objectType', 'objectId',
  'before', 'after', 'requestId', 'clientAddress'];

/** 导出审计日志 — CSV of what the caller may read, scoped in SQL, newest first. */
export async function exportAuditLog(db: pg.Pool, auth: AuthContext, query: AuditQuery): Promise<string> {
  const rows = await listAuditRows(db, auth.filterFor(AuditPermission.Read), query, { limit: AUDIT_EXPORT_LIMIT, offset: 0 });
  return toCsv(
    HEADER,
    rows.map((r) => [r.seq, r.at, r.actor_username, r.acting_unit_name ?? r.acting_unit_id, r.capacity,
      r.in_the_name_of_name ?? r.in_the_name_of_id, r.action, r.object_type, r.object_id, r.before, r.after,
      r.request_id, r.client_address]),
  );
}
