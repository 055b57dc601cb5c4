import type pg from 'pg';
import { ENTERPRISE_FROM, enterpriseWhere, SUMMARY_COLUMNS, type EnterpriseListContext, type EnterpriseSummaryRow } from './enterprise-rows';
import { presentEnterprise } from './present-enterprise';
import type { EnterpriseFilter, EnterpriseSummary } from './registry-read.schema';

/**
 * 企业清单 — one page of the enterprise list in name order, and the total, both bounded by the caller's read scope
 * in SQL (an officer of 金桥 never counts 张江's enterprises).
 */
export async function listEnterprises(
  pool: pg.Pool,
  context: EnterpriseListContext,
  query: EnterpriseFilter & { page: number; pageSize: number },
): Promise<{ items: EnterpriseSummary[]; total: number }> {
  const params: unknown[] = [];
  const where = enterpriseWhere(context, query, params);
  const countParams = [...params];
  const limit = `$${params.push(query.pageSize)}`;
  const offset = `$${params.push((query.page - 1) * query.pageSize)}`;
  const [page, count] = await Promise.all([
    pool.query<EnterpriseSummaryRow>(
      `select ${SUMMARY_COLUMNS} from ${ENTERPRISE_FROM} where ${where} order by e.name, e.id limit ${limit} offset ${offset}`,
      params,
    ),
    pool.query<{ total: number }>(`select count(*) as total from registry_enterprises e where ${where}`, countParams),
  ]);
  return { items: page.rows.map(presentEnterprise), total: count.rows[0]!.total };
}
