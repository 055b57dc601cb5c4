import { Card, Empty, Segmented, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Simulation, SimulationGroup } from '../policies-api';
import { formatNumber, formatYuan } from '../shared/format-value';
import { usePick } from '../shared/use-pick';
import { chartHeight, comparisonOption, topGroups, type ComparisonMetric } from './comparison-option';
import { EChart } from './echart';

type Breakdown = 'byTown' | 'byBody' | 'byIndustry';
const BREAKDOWNS: readonly Breakdown[] = ['byTown', 'byBody', 'byIndustry'];
const LIMIT = 12;

/** 分布对比 — the version in force against the draft, by town, body or industry, as counts or amounts. */
export function ComparisonCharts({ simulation }: { simulation: Simulation }) {
  const { t } = useTranslation();
  const { language } = usePick();
  const [breakdown, setBreakdown] = useState<Breakdown>('byTown');
  // On registry facts most policies can only say "likely": start there when nobody is eligible either way.
  const [metric, setMetric] = useState<ComparisonMetric>(() => (simulation.current.eligible + simulation.draft.eligible > 0 ? 'eligible' : 'likely'));
  const groups: SimulationGroup[] = simulation[breakdown];
  const option = useMemo(
    () =>
      comparisonOption(
        groups,
        metric,
        { current: t('policies.simulation.current'), draft: t('policies.simulation.draft') },
        metric === 'amount' ? (value) => formatYuan(value, language) : (value) => formatNumber(value),
        LIMIT,
      ),
    [groups, metric, t, language],
  );
  const shown = topGroups(groups, metric, LIMIT).length;

  return (
    <Card
      size="small"
      data-testid="comparison-charts"
      title={
        <Tabs
          size="small"
          activeKey={breakdown}
          onChange={(key) => setBreakdown(key as Breakdown)}
          items={BREAKDOWNS.map((key) => ({ key, label: t(`policies.simulation.${key}`) }))}
          style={{ marginBottom: -12 }}
        />
      }
      extra={
        <Segmented
          size="small"
          value={metric}
          onChange={(next) => setMetric(next)}
          options={(['eligible', 'likely', 'amount'] as const).map((key) => ({ value: key, label: t(`policies.simulation.metric.${key}`) }))}
        />
      }
    >
      {shown === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.simulation.noneEligible')} />
      ) : (
        <EChart option={option} height={chartHeight(shown)} testId={`chart-${breakdown}`} />
      )}
    </Card>
  );
}
