import { ArrowDownOutlined, ArrowRightOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Simulation } from '../policies-api';
import { formatCountDelta, formatNumber, formatYuan, formatYuanDelta } from '../shared/format-value';
import { usePick } from '../shared/use-pick';

const up = '#15803d';
const down = '#b91c1c';

/** 关键指标 — eligible enterprises and total amount before and after, who gains and who loses eligibility. */
export function SimulationFigures({ simulation }: { simulation: Simulation }) {
  const { t } = useTranslation();
  const { language } = usePick();
  const { current, draft, gained, lost, amountDelta } = simulation;
  const eligibleDelta = draft.eligible - current.eligible;
  const colorOf = (delta: number) => (delta > 0 ? up : delta < 0 ? down : undefined);
  return (
    <Row gutter={[12, 12]} data-testid="simulation-figures">
      <Col xs={24} md={12} xl={7}>
        <Card size="small">
          <Statistic
            title={t('policies.simulation.kpi.eligible')}
            value={`${formatNumber(current.eligible)} → ${formatNumber(draft.eligible)}`}
            styles={{ content: { fontSize: 24 } }}
          />
          <Typography.Text style={{ color: colorOf(eligibleDelta), fontSize: 12 }}>
            {t('policies.simulation.kpi.delta', { delta: formatCountDelta(eligibleDelta) })}
          </Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="kpi-likely">
            {t('policies.simulation.kpi.likely', { from: formatNumber(current.likely), to: formatNumber(draft.likely) })}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={12} md={6} xl={4}>
        <Card size="small">
          <Statistic
            title={t('policies.simulation.kpi.gained')}
            value={gained}
            prefix={<ArrowUpOutlined />}
            styles={{ content: { color: gained > 0 ? up : undefined, fontSize: 24 } }}
            data-testid="kpi-gained"
          />
        </Card>
      </Col>
      <Col xs={12} md={6} xl={4}>
        <Card size="small">
          <Statistic
            title={t('policies.simulation.kpi.lost')}
            value={lost}
            prefix={<ArrowDownOutlined />}
            styles={{ content: { color: lost > 0 ? down : undefined, fontSize: 24 } }}
            data-testid="kpi-lost"
          />
        </Card>
      </Col>
      <Col xs={24} xl={9}>
        <Card size="small">
          <Statistic
            title={t('policies.simulation.kpi.amount')}
            value={formatYuan(current.amount, language)}
            suffix={
              <span style={{ fontSize: 18 }}>
                <ArrowRightOutlined style={{ margin: '0 6px', fontSize: 14 }} />
                {formatYuan(draft.amount, language)}
              </span>
            }
            styles={{ content: { fontSize: 22 } }}
          />
          <Typography.Text style={{ color: colorOf(amountDelta), fontSize: 12 }} data-testid="kpi-amount-delta">
            {t('policies.simulation.kpi.delta', { delta: formatYuanDelta(amountDelta, language) })}
          </Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}
