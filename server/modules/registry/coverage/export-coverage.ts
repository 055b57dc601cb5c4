import type pg from 'pg';
import type { Locale } from '../../../../core/errors';
import { scopeSql, type AuthContext } from '../../../platform/auth';
import type { XlsxSheet } from '../../../platform/tabular';
import { enterpriseSheet, EXPORT_EXTRA_COLUMNS, type EnterpriseExportRow } from '../read/enterprise-columns';
import { ENTERPRISE_FROM, SUMMARY_COLUMNS } from '../read/enterprise-rows';
import { enterpriseScope } from '../read/registry-read.policy';
import { streamRows } from '../read/stream-rows';
import { RegistryPermission } from '../registry.permissions';
import { COVERAGE_CONDITIONS, COVERAGE_LISTS, type CoverageList } from './coverage-lists';
import { countByTown, findDirectorySource } from './coverage-report';

type Pair = readonly [zh: string, en: string];

const LIST_NAMES: Record<CoverageList, Pair> = {
  missing: ['名录库缺失', 'Missing from the directory'],
  outside: ['名录库区外', 'In the directory, outside the zone'],
};

/**
 * 导出覆盖报告 — the by-town summary of both lists, then each list in full (streamed from a cursor), within the
 * caller's scope. Without a statistics directory the workbook has the headers only.
 */
export async function exportCoverage(pool: pg.Pool, zoneId: string, auth: AuthContext, locale: Locale): Promise<XlsxSheet[]> {
  const pick = (pair: Pair) => pair[locale === 'zh-CN' ? 0 : 1];
  const hasDirectory = (await findDirectorySource(pool, zoneId)) !== null;
  const params: unknown[] = [zoneId];
  const base = `e.zone_id = $1 and ${hasDirectory ? scopeSql(auth.filterFor(RegistryPermission.Read), enterpriseScope, params) : 'false'}`;
  const summary: unknown[][] = [];
  for (const list of COVERAGE_LISTS) {
    const { byTown } = await countByTown(pool, base, list, params);
    for (const row of byTown) summary.push([pick(LIST_NAMES[list]), row.townCode, row.townName, row.bodyId, row.bodyName, row.count]);
  }
  const headers: Pair[] = [['名单', 'List'], ['街镇代码', 'Town code'], ['街镇', 'Town'], ['管理主体代码', 'Body id'], ['管理主体', 'Body'], ['企业数', 'Enterprises']];
  return [
    { name: pick(['街镇汇总', 'By town']), columns: headers.map((h) => ({ header: pick(h), width: 18 })), rows: summary },
    ...COVERAGE_LISTS.map((list) =>
      enterpriseSheet(
        pick(LIST_NAMES[list]),
        streamRows<EnterpriseExportRow>(
          pool,
          `select ${SUMMARY_COLUMNS}, ${EXPORT_EXTRA_COLUMNS} from ${ENTERPRISE_FROM}
            where ${base} and ${COVERAGE_CONDITIONS[list]} order by e.name, e.id`,
          params,
        ),
        locale,
      ),
    ),
  ];
}
