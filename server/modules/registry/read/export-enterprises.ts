import type pg from 'pg';
import type { Locale } from '../../../../core/errors';
import type { XlsxSheet } from '../../../platform/tabular';
import { enterpriseSheet, EXPORT_EXTRA_COLUMNS, type EnterpriseExportRow } from './enterprise-columns';
import { ENTERPRISE_FROM, enterpriseWhere, SUMMARY_COLUMNS, type EnterpriseListContext } from './enterprise-rows';
import type { EnterpriseFilter } from './registry-read.schema';
import { streamRows } from './stream-rows';

/**
 * 导出企业清单 — every enterprise the filters and the caller's scope select, in name order, as one Excel sheet
 * streamed from a cursor (a million rows never sit in memory).
 */
export function exportEnterprises(pool: pg.Pool, context: EnterpriseListContext, filter: EnterpriseFilter, locale: Locale): XlsxSheet[] {
  const params: unknown[] = [];
  const where = enterpriseWhere(context, filter, params);
  const rows = streamRows<EnterpriseExportRow>(
    pool,
    `select ${SUMMARY_COLUMNS}, ${EXPORT_EXTRA_COLUMNS} from ${ENTERPRISE_FROM} where ${where} order by e.name, e.id`,
    params,
  );
  return [enterpriseSheet(locale === 'zh-CN' ? '企业清单' : 'Enterprises', rows, locale)];
}
