/** 注册申请仓储 — the SQL of enterprise registrations; every read is bounded by the caller's scope. */
import type pg from 'pg';
import { AppError } from '../../../core/errors';
import type { ScopeFilter } from '../../../core/access/data-scope';
import { scopeSql } from '../../platform/auth';
import { registrationScope } from './accounts.policy';

type Db = pg.Pool | pg.ClientBase;

/** 企业注册申请 — one row as the API shows it (without abilities). */
export interface RegistrationRow {
  id: string;
  status: 'pending' | 'verified' | 'rejected';
  creditCode: string;
  enterpriseName: string;
  contactName: string;
  contactPhone: string;
  bodyId: string | null;
  townCode: string | null;
  submittedUserId: string;
  submittedUsername: string;
  enterpriseUnitId: string | null;
  submittedAt: Date;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  reason: string | null;
}

export const REGISTRATION_COLUMNS = `r.id, r.status, r.credit_code as "creditCode", r.enterprise_name as "enterpriseName",
       r.contact_name as "contactName", r.contact_phone as "contactPhone", r.body_id as "bodyId",
       r.town_code as "townCode", r.submitted_user_id as "submittedUserId", su.username as "submittedUsername",
       r.enterprise_unit_id as "enterpriseUnitId", r.submitted_at as "submittedAt", r.reviewed_by as "reviewedBy",
       r.reviewed_at as "reviewedAt", r.reason`;

/** 列表条件 — what a list, count, search or export asks for, besides the scope. */
export interface RegistrationQuery {
  status?: RegistrationRow['status'] | undefined;
  /** Part of the enterprise or contact name, or a whole credit code. */
  q?: string | undefined;
}

/** The WHERE clause: the scope first, then the caller's conditions. */
export function registrationWhere(filter: ScopeFilter, query: RegistrationQuery, params: unknown[]): string {
  const conditions = [scopeSql(filter, registrationScope, params)];
  if (query.status) {
    params.push(query.status);
    conditions.push(`r.status = $${params.length}`);
  }
  if (query.q) {
    params.push(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, query.q.toUpperCase());
    const like = `$${params.length - 1}`;
    conditions.push(
      `(r.enterprise_name ilike ${like} or r.contact_name ilike ${like} or r.credit_code = $${params.length})`,
    );
  }
  return conditions.join(' and ');
}

export async function listRegistrationRows(
  db: Db,
  filter: ScopeFilter,
  query: RegistrationQuery,
  page: { limit: number; offset: number },
): Promise<RegistrationRow[]> {
  const params: unknown[] = [];
  const where = registrationWhere(filter, query, params);
  params.push(page.limit, page.offset);
  const { rows } = await db.query<RegistrationRow>(
    `select ${REGISTRATION_COLUMNS}
       from enterprise_registrations r join users su on su.id = r.submitted_user_id
      where ${where}
      order by r.submitted_at desc, r.id desc
      limit $${params.length - 1} offset $${params.length}`,
    params,
  );
  return rows;
}

export async function countRegistrationRows(db: Db, filter: ScopeFilter, query: RegistrationQuery): Promise<number> {
  const params: unknown[] = [];
  const where = registrationWhere(filter, query, params);
  const { rows } = await db.query<{ total: number }>(
    `select count(*)::int as total from enterprise_registrations r where ${where}`,
    params,
  );
  return rows[0]!.total;
}

/** One registration if the filter reaches it; out of scope and absent look the same. */
export async function findRegistrationRow(db: Db, filter: ScopeFilter, id: string, forUpdate = false): Promise<RegistrationRow | null> {
  const params: unknown[] = [id];
  const scope = scopeSql(filter, registrationScope, params);
  const { rows } = await db.query<RegistrationRow>(
    `select ${REGISTRATION_COLUMNS}
       from enterprise_registrations r join users su on su.id = r.submitted_user_id
      where r.id = $1 and ${scope} ${forUpdate ? 'for update of r' : ''}`,
    params,
  );
  return rows[0] ?? null;
}

/** The enterprise unit of a credit code, if one exists. */
export async function findEnterpriseUnitId(db: Db, creditCode: string): Promise<string | null> {
  const { rows } = await db.query<{ unit_id: string }>('select unit_id from enterprises where credit_code = $1', [creditCode]);
  return rows[0]?.unit_id ?? null;
}

/** 待审申请 — a pending registration, locked for a decision. */
export interface PendingRegistration {
  credit_code: string;
  enterprise_name: string;
  body_id: string | null;
  town_code: string | null;
  submitted_user_id: string;
  enterprise_unit_id: string | null;
  status: string;
}

/** Locks the registration for the decision; NOT_FOUND, or REGISTRATION_NOT_PENDING once decided. */
export async function lockPendingRegistration(client: pg.ClientBase, id: string): Promise<PendingRegistration> {
  const { rows } = await client.query<PendingRegistration>(
    `select credit_code, enterprise_name, body_id, town_code, submitted_user_id, enterprise_unit_id, status
       from enterprise_registrations where id = $1 for update`,
    [id],
  );
  const row = rows[0];
  if (!row) throw new AppError('NOT_FOUND', { what: `registration ${id}` });
  if (row.status !== 'pending') throw new AppError('REGISTRATION_NOT_PENDING', { status: row.status });
  return row;
}
