/**
 * 导出列 — the columns of an enterprise list in Excel (the enterprise list and both coverage lists share them), with
 * headers in the caller's language and cells from a summary row.
 */
import type { Locale } from '../../../../core/errors';
import type { XlsxSheet } from '../../../platform/tabular';
import type { EnterpriseSummaryRow } from './enterprise-rows';
import { AREA_LABELS, CHAIN_SEGMENT_LABELS, INDUSTRY_LABELS, labelOf, LOCATED_BY_LABELS, STATUS_LABELS, YES_NO_LABELS } from './registry-labels';

/** The extra columns an export selects beside the summary. */
export const EXPORT_EXTRA_COLUMNS = `e.address, e.registered_capital::float8 as registered_capital, e.employees,
  e.revenue::float8 as revenue, e.tax::float8 as tax`;

export interface EnterpriseExportRow extends EnterpriseSummaryRow {
  address: string | null;
  registered_capital: number | null;
  employees: number | null;
  revenue: number | null;
  tax: number | null;
}

const COLUMNS: Array<{ zh: string; en: string; width?: number; cell: (row: EnterpriseExportRow, locale: Locale) => unknown }> = [
  { zh: '统一社会信用代码', en: 'Credit code', width: 22, cell: (r) => r.credit_code },
  { zh: '企业名称', en: 'Name', width: 36, cell: (r) => r.name },
  { zh: '街镇代码', en: 'Town code', cell: (r) => r.town_code },
  { zh: '街镇', en: 'Town', cell: (r) => r.town_name },
  { zh: '管理主体', en: 'Body', width: 20, cell: (r) => r.body_name ?? r.body_id },
  { zh: '区域', en: 'Area', cell: (r, l) => labelOf(AREA_LABELS, r.area, l) },
  { zh: '产业', en: 'Industry', cell: (r, l) => labelOf(INDUSTRY_LABELS, r.industry, l) },
  { zh: '产业链环节', en: 'Chain segment', cell: (r, l) => labelOf(CHAIN_SEGMENT_LABELS, r.chain_segment, l) },
  { zh: '行业代码', en: 'Industry code', cell: (r) => r.industry_code },
  { zh: '成立日期', en: 'Founded on', cell: (r) => r.founded_on },
  { zh: '状态', en: 'Status', cell: (r, l) => labelOf(STATUS_LABELS, r.status, l) },
  { zh: '在统计名录库', en: 'In the directory', cell: (r, l) => labelOf(YES_NO_LABELS, String(r.in_directory), l) },
  { zh: '来源记录数', en: 'Records', cell: (r) => r.record_count },
  { zh: '定位方式', en: 'Located by', cell: (r, l) => labelOf(LOCATED_BY_LABELS, r.located_by, l) },
  { zh: '地址', en: 'Address', width: 40, cell: (r) => r.address },
  { zh: '注册资本（万元）', en: 'Registered capital (10k yuan)', cell: (r) => r.registered_capital },
  { zh: '从业人员', en: 'Employees', cell: (r) => r.employees },
  { zh: '营业收入（万元）', en: 'Revenue (10k yuan)', cell: (r) => r.revenue },
  { zh: '税收（万元）', en: 'Tax (10k yuan)', cell: (r) => r.tax },
];

/** A sheet of enterprises from a row stream (a cursor), in constant memory. */
export function enterpriseSheet(name: string, rows: AsyncIterable<EnterpriseExportRow>, locale: Locale): XlsxSheet {
  return {
    name,
    columns: COLUMNS.map((column) => ({ header: locale === 'zh-CN' ? column.zh : column.en, width: column.width })),
    rows: mapRows(rows, locale),
  };
}

async function* mapRows(rows: AsyncIterable<EnterpriseExportRow>, locale: Locale): AsyncGenerator<unknown[]> {
  for await (const row of rows) yield COLUMNS.map((column) => column.cell(row, locale));
}
