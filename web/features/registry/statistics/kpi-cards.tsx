import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../app/localized';
import { INDUSTRY_COLORS } from '../industry-colors';
import type { Industry, Statistics } from '../registry-api';
import { formatCount } from '../registry-format';
import { useRegistryLabels } from '../use-registry-labels';

const leading: readonly Industry[] = ['biomedicine', 'integrated-circuits', 'artificial-intelligence'];

/** 关键指标 — enterprises in all, those in the zone (original and expansion areas), and each leading industry. */
export function KpiCards({ byArea, byIndustry }: { byArea: Statistics | undefined; byIndustry: Statistics | undefined }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const labels = useRegistryLabels();
  const countOf = (statistics: Statistics | undefined, key: string) => statistics?.rows.find((row) => row.key === key)?.count ?? 0;
  const total = byArea?.total.count ?? byIndustry?.total.count;
  const original = countOf(byArea, 'original');
  const expansion = countOf(byArea, 'expansion');
  const share = (count: number) => (total ? t('registry.statistics.share', { percent: ((count / total) * 100).toFixed(1) }) : '');
  const card = (key: string, title: string, value: number | undefined, note: string, color?: string) => (
    <Col flex="1 1 200px" key={key}>
      <Card size="small" loading={value === undefined} data-testid={`kpi-${key}`} style={{ borderTop: color ? `3px solid ${color}` : undefined, height: '100%' }}>
        <Statistic title={title} value={value === undefined ? '' : formatCount(value, language)} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      </Card>
    </Col>
  );
  return (
    <Row gutter={[12, 12]} wrap style={{ marginBottom: 16 }}>
      {card('total', t('registry.statistics.kpiTotal'), total, t('registry.statistics.kpiTotalNote'), '#0c2548')}
      {card(
        'in-zone',
        t('registry.statistics.kpiInZone'),
        byArea ? original + expansion : undefined,
        t('registry.statistics.kpiInZoneNote', { original: formatCount(original, language), expansion: formatCount(expansion, language) }),
        '#1f5fd1',
      )}
      {leading.map((industry) => card(industry, labels.industry(industry), byIndustry ? countOf(byIndustry, industry) : undefined, share(countOf(byIndustry, industry)), INDUSTRY_COLORS[industry]))}
    </Row>
  );
}
