import type pg from 'pg';
import { scopeSql, type AuthContext } from '../../platform/auth';
import { AccountsPermission } from './accounts.permissions';
import { enterpriseUnitScope } from './accounts.policy';

/** 单位列表条件 */
export interface UnitQuery {
  page: number;
  pageSize: number;
  q?: string | undefined;
  kind?: string | undefined;
}

/**
 * 组织单位 — the organisation tree (flat, with parent ids) and the enterprise units. The government tree is the
 * same for every reader; enterprises are data and are bounded by the caller's scope in SQL.
 */
export async function listUnits(pool: pg.Pool, auth: AuthContext, query: UnitQuery) {
  const params: unknown[] = [];
  const enterpriseScope = scopeSql(auth.filterFor(AccountsPermission.UnitRead), enterpriseUnitScope, params);
  const conditions = ['o.retired_at is null', `(o.kind <> 'enterprise' or ${enterpriseScope})`];
  if (query.kind) {
    params.push(query.kind);
    conditions.push(`o.kind = $${params.length}`);
  }
  if (query.q) {
    params.push(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, query.q.toUpperCase());
    const like = `$${params.length - 1}`;
    conditions.push(`(o.name ilike ${like} or o.name_en ilike ${like} or e.credit_code = $${params.length})`);
  }
  const where = conditions.join(' and ');
  const countParams = [...params];
  params.push(query.pageSize, (query.page - 1) * query.pageSize);
  const from = 'org_units o left join enterprises e on e.unit_id = o.id';
  // The total rides along with the page (a few hundred units at most, so counting them in the window is cheap and
  // saves a second round trip); only a page past the end needs its own count.
  const page = await pool.query<UnitRow & { total: number }>(
    `select o.id, o.kind, o.name, o.name_en as "nameEn", o.parent_id as "parentId", o.code,
            e.credit_code as "creditCode", e.body_id as "bodyId", e.town_code as "townCode", count(*) over ()::int as total
       from ${from} where ${where}
      order by (o.kind = 'enterprise'), o.sort_order, o.id
      limit $${params.length - 1} offset $${params.length}`,
    params,
  );
  const total = page.rows[0]?.total ?? (query.page === 1 ? 0 : await countUnits(pool, from, where, countParams));
  return { items: page.rows.map(({ total: _total, ...unit }) => unit), total, page: query.page, pageSize: query.pageSize };
}

interface UnitRow {
  id: string;
  kind: string;
  name: string;
  nameEn: string;
  parentId: string | null;
  code: string | null;
  creditCode: string | null;
  bodyId: string | null;
  townCode: string | null;
}

async function countUnits(pool: pg.Pool, from: string, where: string, params: unknown[]): Promise<number> {
  const { rows } = await pool.query<{ total: number }>(`select count(*)::int as total from ${from} where ${where}`, params);
  return rows[0]!.total;
}
