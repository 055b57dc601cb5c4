import type pg from 'pg';
import type { ScopeFilter } from '../../../core/access/data-scope';
import { scopeSql } from '../../platform/auth';

/** 审计查询条件 — every filter is optional; times are ISO instants. */
export interface AuditQuery {
  from?: string;
  to?: string;
  actor?: string;
  unit?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  q?: string;
}

export interface AuditRow {
  id: number;
  seq: number | null;
  at: Date;
  actor_id: string | null;
  actor_username: string | null;
  actor_display_name: string | null;
  acting_unit_id: string | null;
  acting_unit_name: string | null;
  acting_unit_name_en: string | null;
  capacity: 'own' | 'in-the-name-of';
  in_the_name_of_id: string | null;
  in_the_name_of_name: string | null;
  in_the_name_of_name_en: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
  client_address: string | null;
}

/**
 * The scope reaches a record through the unit it was done for (unit and unit-tree scopes) or its author (own
 * scope); audit records have no location, so territory scopes reach only what their unit did.
 */
function whereClause(filter: ScopeFilter, query: AuditQuery, params: unknown[]): string {
  const conditions = [
    scopeSql(filter, { unit: 'a.acting_unit_id', owner: (p) => `a.actor_user_id = any(${p}::text[])` }, params),
  ];
  const add = (sql: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  if (query.from) add((p) => `a.at >= ${p}::timestamptz`, query.from);
  if (query.to) add((p) => `a.at < ${p}::timestamptz`, query.to);
  if (query.actor) add((p) => `(a.actor_user_id = ${p} or u.username = lower(${p}))`, query.actor);
  if (query.unit) add((p) => `(a.acting_unit_id = ${p} or a.in_the_name_of_unit_id = ${p})`, query.unit);
  if (query.action) add((p) => `a.action like ${p} || '%'`, query.action);
  if (query.objectType) add((p) => `a.object_type = ${p}`, query.objectType);
  if (query.objectId) add((p) => `a.object_id = ${p}`, query.objectId);
  if (query.q) {
    add(
      (p) => `(a.action ilike '%' || ${p} || '%' or a.object_id ilike '%' || ${p} || '%' or a.request_id = ${p}
               or a.before::text ilike '%' || ${p} || '%' or a.after::text ilike '%' || ${p} || '%')`,
      query.q,
    );
  }
  return conditions.join(' and ');
}

const FROM = `
  from audit_log a
  left join users u on u.id::text = a.actor_user_id
  left join org_units acting on acting.id = a.acting_unit_id
  left join org_units named on named.id = a.in_the_name_of_unit_id`;

export async function listAuditRows(
  db: pg.Pool,
  filter: ScopeFilter,
  query: AuditQuery,
  page: { limit: number; offset: number },
): Promise<AuditRow[]> {
  const params: unknown[] = [];
  const where = whereClause(filter, query, params);
  params.push(page.limit, page.offset);
  const { rows } = await db.query<AuditRow>(
    `select a.id, a.seq, a.at, u.id::text as actor_id, u.username as actor_username, u.display_name as actor_display_name,
            a.acting_unit_id, acting.name as acting_unit_name, acting.name_en as acting_unit_name_en, a.capacity,
            a.in_the_name_of_unit_id as in_the_name_of_id, named.name as in_the_name_of_name,
            named.name_en as in_the_name_of_name_en, a.action, a.object_type, a.object_id, a.before, a.after,
            a.request_id, a.client_address
     ${FROM}
     where ${where}
     order by a.seq desc nulls first, a.id desc
     limit $${params.length - 1} offset $${params.length}`,
    params,
  );
  return rows;
}

export async function countAuditRows(db: pg.Pool, filter: ScopeFilter, query: AuditQuery): Promise<number> {
  const params: unknown[] = [];
  const where = whereClause(filter, query, params);
  const { rows } = await db.query<{ n: number }>(`select count(*)::int as n ${FROM} where ${where}`, params);
  return rows[0]?.n ?? 0;
}
