import type pg from 'pg';
import { scopeSql, type AuthContext } from '../../../platform/auth';
import { ENTERPRISE_FROM, SUMMARY_COLUMNS, type EnterpriseSummaryRow } from '../read/enterprise-rows';
import { presentEnterprise } from '../read/present-enterprise';
import { enterpriseScope } from '../read/registry-read.policy';
import type { EnterpriseSummary } from '../read/registry-read.schema';
import { RegistryPermission } from '../registry.permissions';
import { COVERAGE_CONDITIONS, COVERAGE_LISTS, type CoverageList } from './coverage-lists';

/** 街镇汇总 — how many enterprises of one list lie in one town and body. */
export interface CoverageTownRow {
  townCode: string | null;
  townName: string | null;
  bodyId: string | null;
  bodyName: string | null;
  count: number;
}

export interface CoverageReport {
  directorySourceId: string | null;
  missing: { total: number; byTown: CoverageTownRow[] };
  outside: { total: number; byTown: CoverageTownRow[] };
  items: EnterpriseSummary[];
  total: number;
}

/**
 * 覆盖报告 — what the statistics bureau works from: how many enterprises the directory misses and how many of its
 * entries lie outside the zone, by town and body, and one page of the list asked; all within the caller's scope.
 * Without a source marked as the statistics directory there is nothing to compare, and the report is empty.
 */
export async function coverageReport(
  pool: pg.Pool,
  zoneId: string,
  auth: AuthContext,
  query: { list: CoverageList; page: number; pageSize: number },
): Promise<CoverageReport> {
  const directorySourceId = await findDirectorySource(pool, zoneId);
  if (directorySourceId === null) {
    return { directorySourceId, missing: { total: 0, byTown: [] }, outside: { total: 0, byTown: [] }, items: [], total: 0 };
  }
  const params: unknown[] = [zoneId];
  const base = `e.zone_id = $1 and ${scopeSql(auth.filterFor(RegistryPermission.Read), enterpriseScope, params)}`;
  const [missing, outside] = await Promise.all(COVERAGE_LISTS.map((list) => countByTown(pool, base, list, params)));
  const pageParams = [...params, query.pageSize, (query.page - 1) * query.pageSize];
  const { rows } = await pool.query<EnterpriseSummaryRow>(
    `select ${SUMMARY_COLUMNS} from ${ENTERPRISE_FROM}
      where ${base} and ${COVERAGE_CONDITIONS[query.list]}
      order by e.name, e.id limit $${pageParams.length - 1} offset $${pageParams.length}`,
    pageParams,
  );
  const lists = { missing: missing!, outside: outside! };
  return { directorySourceId, ...lists, items: rows.map(presentEnterprise), total: lists[query.list].total };
}

/** The list's enterprises counted by town and body (where the bureau has to look), largest first. */
export async function countByTown(pool: pg.Pool, base: string, list: CoverageList, params: unknown[]) {
  const { rows } = await pool.query<CoverageTownRow>(
    `select e.town_code as "townCode", min(t.name) as "townName", e.body_id as "bodyId", min(b.name) as "bodyName", count(*)::int as count
       from ${ENTERPRISE_FROM}
      where ${base} and ${COVERAGE_CONDITIONS[list]}
      group by e.town_code, e.body_id
      order by count desc, e.town_code nulls last, e.body_id nulls last`,
    params,
  );
  return { total: rows.reduce((sum, row) => sum + row.count, 0), byTown: rows };
}

export async function findDirectorySource(pool: pg.Pool, zoneId: string): Promise<string | null> {
  const { rows } = await pool.query<{ id: string }>(
    'select id from registry_sources where zone_id = $1 and is_statistics_directory',
    [zoneId],
  );
  return rows[0]?.id ?? null;
}
