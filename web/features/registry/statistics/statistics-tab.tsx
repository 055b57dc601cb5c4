import { Card, Col, Empty, Flex, Row, Segmented, Select, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toQuery } from '../../../app/api';
import { useLocalized } from '../../../app/localized';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useApi } from '../../../app/use-api';
import { useListParams } from '../../../app/use-list-params';
import { ExportButton } from '../export-button';
import { INDUSTRY_COLORS } from '../industry-colors';
import { AREAS, CHAIN_SEGMENTS, INDUSTRIES, MEASURES, type Industry, type Measure, type Statistics, type StatisticsDimension, type StatisticsRow, type TimelineRow } from '../registry-api';
import { formatMeasure } from '../registry-format';
import { useRegistryLabels } from '../use-registry-labels';
import { rankedBarHeight, rankedBarOption, sharePieOption, splitNoValue, timelineOption, toChartData, type ChartDatum, type TimelineLabels } from './chart-options';
import { EChart } from './echarts-chart';
import { KpiCards } from './kpi-cards';
import { TownChoroplethMap } from './town-choropleth-map';

const firstYear = 2000;
// Cards side by side are as tall as the taller of the two.
const fill = { height: '100%' } as const;
// Lighter than "other industries", so that the unclassified slice is not read as one of them.
const unclassifiedColor = '#d9dde4';

function isMeasure(value: string | undefined): value is Measure {
  return (MEASURES as readonly string[]).includes(value ?? '');
}

/** The industry a chain segment belongs to, for its bar's colour. */
function industryOfSegment(segment: string | null): Industry | undefined {
  if ((CHAIN_SEGMENTS['integrated-circuits'] as readonly string[]).includes(segment ?? '')) return 'integrated-circuits';
  if ((CHAIN_SEGMENTS.biomedicine as readonly string[]).includes(segment ?? '')) return 'biomedicine';
  return undefined;
}

/**
 * 统计看板 — counts and measures of the enterprises in one's scope: the key figures, a map of the towns, rankings by
 * town and body, the industries and their chain segments, and the years of founding, entering and leaving the zone;
 * one measure at a time, optionally for one area or industry, exported to Excel as shown.
 */
export function StatisticsTab() {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const labels = useRegistryLabels();
  const { values, update } = useListParams(['area', 'industry', 'measure'] as const);
  const measure: Measure = isMeasure(values.measure) ? values.measure : 'count';
  const filters = { area: values.area, industry: values.industry };
  const dimension = (by: StatisticsDimension) => `/api/registry/statistics${toQuery({ by, ...filters })}`;
  const byArea = useApi<Statistics>(dimension('area'));
  const byTown = useApi<Statistics>(dimension('town'));
  const byBody = useApi<Statistics>(dimension('body'));
  const byIndustry = useApi<Statistics>(dimension('industry'));
  const bySegment = useApi<Statistics>(dimension('chainSegment'));
  const timeline = useApi<{ rows: TimelineRow[] }>(`/api/registry/statistics/timeline${toQuery({ from: firstYear, to: new Date().getFullYear(), ...filters })}`);
  const measureLabel = t(`registry.measures.${measure}`);
  const firstError = [byArea, byTown, byBody, byIndustry, bySegment, timeline].find((state) => state.error)?.error;

  const data = (statistics: Statistics | undefined, colorOf?: (row: StatisticsRow) => string | undefined) =>
    statistics ? toChartData(statistics.rows, measure, (row) => labels.statisticsRow(statistics.by, row), colorOf) : undefined;
  // Places and segments are ranked without their "none" row, whose figure is told beside the chart.
  const ranked = (statistics: Statistics | undefined, colorOf?: (row: StatisticsRow) => string | undefined) => {
    if (!statistics) return { data: undefined, noValue: 0 };
    const { rows, noValue } = splitNoValue(statistics, measure);
    return { data: data({ ...statistics, rows }, colorOf), noValue };
  };
  const charts = {
    town: ranked(byTown.data),
    body: ranked(byBody.data),
    industry: data(byIndustry.data, (row) => (row.key === null ? unclassifiedColor : (INDUSTRY_COLORS[row.key as Industry] ?? INDUSTRY_COLORS.other))),
    segment: ranked(bySegment.data, (row) => INDUSTRY_COLORS[industryOfSegment(row.key) ?? 'other']),
  };
  const noValueNote = (noValue: number, key: 'noTown' | 'noBody' | 'noSegment') =>
    noValue > 0 ? t(`registry.statistics.${key}`, { value: formatMeasure(measure, noValue, language) }) : undefined;
  const timelineLabels = {
    founded: t('registry.statistics.founded'),
    entered: t('registry.statistics.entered'),
    left: t('registry.statistics.left'),
    active: t('registry.statistics.active'),
  };

  if (firstError) return <ApiErrorResult error={firstError} onRetry={() => [byArea, byTown, byBody, byIndustry, bySegment, timeline].forEach((state) => state.reload())} />;

  return (
    <div data-testid="registry-statistics">
      <KpiCards byArea={byArea.data} byIndustry={byIndustry.data} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center" justify="space-between">
          <Flex gap={12} wrap align="center">
            <Segmented<Measure>
              value={measure}
              onChange={(next) => update({ measure: next === 'count' ? undefined : next })}
              options={MEASURES.map((value) => ({ value, label: t(`registry.measures.${value}`) }))}
              data-testid="measure-choice"
            />
            <Select
              allowClear
              value={values.area}
              placeholder={t('registry.filters.allAreas')}
              style={{ width: 150 }}
              onChange={(area?: string) => update({ area })}
              options={AREAS.map((area) => ({ value: area, label: labels.area(area) }))}
            />
            <Select
              allowClear
              value={values.industry}
              placeholder={t('registry.filters.allIndustries')}
              style={{ width: 170 }}
              onChange={(industry?: string) => update({ industry })}
              options={INDUSTRIES.map((industry) => ({ value: industry, label: labels.industry(industry) }))}
            />
          </Flex>
          <ExportButton path={`/api/registry/statistics.xlsx${toQuery(filters)}`} fileName={t('registry.statistics.exportName')} testId="statistics-export" />
        </Flex>
      </Card>
      <Row gutter={[16, 16]} align="stretch">
        <Col xs={24} xl={12}>
          <Card title={t('registry.statistics.mapTitle', { measure: measureLabel })} size="small" style={fill}>
            <TownChoroplethMap rows={byTown.data?.rows ?? []} measure={measure} measureLabel={measureLabel} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            title={t('registry.statistics.byTown', { measure: measureLabel })}
            data={charts.town.data}
            note={noValueNote(charts.town.noValue, 'noTown')}
            testId="chart-town"
            seriesName={measureLabel}
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            title={t('registry.statistics.byBody', { measure: measureLabel })}
            data={charts.body.data}
            note={noValueNote(charts.body.noValue, 'noBody')}
            testId="chart-body"
            seriesName={measureLabel}
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title={t('registry.statistics.byIndustry', { measure: measureLabel })} data={charts.industry} testId="chart-industry" seriesName={measureLabel} kind="pie" />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            title={t('registry.statistics.bySegment', { measure: measureLabel })}
            data={charts.segment.data}
            note={noValueNote(charts.segment.noValue, 'noSegment')}
            testId="chart-segment"
            seriesName={measureLabel}
          />
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('registry.statistics.timeline')} size="small" style={fill}>
            <TimelineChart rows={timeline.data?.rows} labels={timelineLabels} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}

/** A ranked bar chart or a pie of labelled values, with a skeleton while they load and a note when there are none. */
function ChartCard({
  title,
  data,
  seriesName,
  testId,
  note,
  kind = 'bar',
}: {
  title: string;
  data: ChartDatum[] | undefined;
  seriesName: string;
  testId: string;
  /** A figure the chart leaves out, shown beside its title. */
  note?: string;
  kind?: 'bar' | 'pie';
}) {
  const { t } = useTranslation();
  // The option is rebuilt only when what it shows changes: a new option redraws the chart and replays its animation.
  const shown = JSON.stringify(data);
  // Keyed on the content, not on the array, which is new on every render.
  const option = useMemo(
    () => (data ? (kind === 'pie' ? sharePieOption(data, { seriesName }) : rankedBarOption(data, { seriesName })) : null),
    [shown, kind, seriesName],
  );
  return (
    <Card
      title={title}
      size="small"
      style={fill}
      extra={
        note && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {note}
          </Typography.Text>
        )
      }
    >
      {!data || !option ? (
        <Skeleton active />
      ) : data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('registry.statistics.noData')} />
      ) : (
        <EChart option={option} testId={testId} style={{ height: kind === 'pie' ? 320 : rankedBarHeight(data.length) }} />
      )}
    </Card>
  );
}

function TimelineChart({ rows, labels }: { rows: TimelineRow[] | undefined; labels: TimelineLabels }) {
  const { t } = useTranslation();
  const option = useMemo(() => (rows ? timelineOption(rows, labels) : null), [rows, labels.founded, labels.entered, labels.left, labels.active]);
  if (!rows || !option) return <Skeleton active />;
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('registry.statistics.noData')} />;
  return <EChart testId="chart-timeline" option={option} style={{ height: 320 }} />;
}
