import type pg from 'pg';
import type { Locale } from '../../../../core/errors';
import type { AuthContext } from '../../../platform/auth';
import type { XlsxSheet } from '../../../platform/tabular';
import { computeStatistics } from './compute-statistics';
import { statisticsTimeline } from './statistics-timeline';
import { STATISTICS_DIMENSIONS, type StatisticsDimension, type StatisticsFilter } from './statistics.schema';

type Pair = readonly [zh: string, en: string];

const SHEET_NAMES: Record<StatisticsDimension | 'timeline', Pair> = {
  area: ['按区域', 'By area'],
  town: ['按街镇', 'By town'],
  body: ['按管理主体', 'By body'],
  community: ['按产业社区', 'By community'],
  industry: ['按产业', 'By industry'],
  chainSegment: ['按产业链环节', 'By chain segment'],
  timeline: ['年度趋势', 'By year'],
};

const MEASURE_HEADERS: Pair[] = [
  ['企业数', 'Enterprises'],
  ['注册资本（万元）', 'Registered capital (10k yuan)'],
  ['从业人员', 'Employees'],
  ['营业收入（万元）', 'Revenue (10k yuan)'],
  ['税收（万元）', 'Tax (10k yuan)'],
];

const TIMELINE_HEADERS: Pair[] = [
  ['年份', 'Year'],
  ['新成立', 'Founded'],
  ['迁入', 'Entered'],
  ['迁出', 'Left'],
  ['年末存续', 'Active at year end'],
];

/**
 * 导出统计 — the statistics by the dimension asked, or by every dimension plus the yearly timeline, one sheet each,
 * within the filters and the caller's scope. The sheets are a few hundred rows: they are computed before sending.
 */
export async function exportStatistics(
  pool: pg.Pool,
  zoneId: string,
  auth: AuthContext,
  query: StatisticsFilter & { by?: StatisticsDimension },
  locale: Locale,
): Promise<XlsxSheet[]> {
  const pick = (pair: Pair) => pair[locale === 'zh-CN' ? 0 : 1];
  const dimensions = query.by ? [query.by] : STATISTICS_DIMENSIONS;
  const sheets: XlsxSheet[] = [];
  for (const by of dimensions) {
    const statistics = await computeStatistics(pool, zoneId, auth, { ...query, by }, locale);
    const measures = (m: typeof statistics.total) => [m.count, m.registeredCapital, m.employees, m.revenue, m.tax];
    sheets.push({
      name: pick(SHEET_NAMES[by]),
      columns: [{ header: pick(['名称', 'Name']), width: 28 }, { header: pick(['代码', 'Code']), width: 16 }, ...MEASURE_HEADERS.map((h) => ({ header: pick(h) }))],
      rows: [...statistics.rows.map((row) => [row.label, row.key, ...measures(row)]), [pick(['合计', 'Total']), null, ...measures(statistics.total)]],
    });
  }
  if (!query.by) {
    const timeline = await statisticsTimeline(pool, zoneId, auth, query);
    sheets.push({
      name: pick(SHEET_NAMES.timeline),
      columns: TIMELINE_HEADERS.map((h) => ({ header: pick(h) })),
      rows: timeline.rows.map((row) => [row.year, row.founded, row.entered, row.left, row.active]),
    });
  }
  return sheets;
}
