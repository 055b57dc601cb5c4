import type pg from 'pg';
import type { AuthContext } from '../../platform/auth';
import { AuditPermission } from './audit.permissions';
import { countAuditRows, listAuditRows, type AuditQuery, type AuditRow } from './audit.repository';

/** 审计记录 — one record as the viewer shows it. */
export interface AuditItem {
  /** Stable from the moment the record is written; seq is its place in the chain once sealed. */
  id: number;
  seq: number | null;
  at: string;
  actor: { id: string; username: string; displayName: string } | null;
  actingUnit: { id: string; name: string; nameEn: string } | null;
  capacity: 'own' | 'in-the-name-of';
  inTheNameOf: { id: string; name: string; nameEn: string } | null;
  action: string;
  objectType: string;
  objectId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  clientAddress: string | null;
}

/** 查询审计日志 — newest first, bounded by the caller's audit scope in SQL. */
export async function searchAuditLog(
  db: pg.Pool,
  auth: AuthContext,
  query: AuditQuery & { page: number; pageSize: number },
): Promise<{ items: AuditItem[]; total: number; page: number; pageSize: number }> {
  const filter = auth.filterFor(AuditPermission.Read);
  const [rows, total] = await Promise.all([
    listAuditRows(db, filter, query, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    countAuditRows(db, filter, query),
  ]);
  return { items: rows.map(presentAuditRow), total, page: query.page, pageSize: query.pageSize };
}

export function presentAuditRow(row: AuditRow): AuditItem {
  return {
    id: row.id,
    seq: row.seq,
    at: row.at.toISOString(),
    actor: row.actor_id
      ? { id: row.actor_id, username: row.actor_username ?? '', displayName: row.actor_display_name ?? '' }
      : null,
    actingUnit: unitOf(row.acting_unit_id, row.acting_unit_name, row.acting_unit_name_en),
    capacity: row.capacity,
    inTheNameOf: unitOf(row.in_the_name_of_id, row.in_the_name_of_name, row.in_the_name_of_name_en),
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    before: row.before,
    after: row.after,
    requestId: row.request_id,
    clientAddress: row.client_address,
  };
}

// A unit id that no longer resolves (an enterprise later removed, say) is still shown, by its id.
function unitOf(id: string | null, name: string | null, nameEn: string | null) {
  return id ? { id, name: name ?? id, nameEn: nameEn ?? name ?? id } : null;
}
