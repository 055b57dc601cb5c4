import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatchFilter, MatchSummary } from '../policies-api';
import { formatYuan } from '../shared/format-value';
import { usePick } from '../shared/use-pick';

/**
 * The figures of a matching list: how many enterprises qualify, likely qualify (only declared figures missing),
 * cannot be decided on their registry record, do not, and the expected total; all but the last open their list.
 */
export function MatchingSummary({ summary, onShow }: { summary: MatchSummary | undefined; onShow: (filter: MatchFilter) => void }) {
  const { t } = useTranslation();
  const { language } = usePick();
  const cards = [
    { key: 'eligible', value: summary?.eligible, color: '#15803d' },
    { key: 'likely', value: summary?.likely, color: '#1f5fd1' },
    { key: 'undetermined', value: summary?.undetermined, color: '#b45309' },
    { key: 'ineligible', value: summary?.ineligible, color: undefined },
  ] as const;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="matching-summary">
      {cards.map((card) => (
        <Col key={card.key} xs={12} lg={5}>
          <Card
            size="small"
            loading={!summary}
            hoverable={card.key !== 'ineligible'}
            onClick={card.key === 'ineligible' ? undefined : () => onShow(card.key)}
          >
            <Statistic
              title={t(`policies.matching.summary.${card.key}`)}
              value={card.value ?? 0}
              styles={{ content: { color: card.color } }}
              data-testid={`summary-${card.key}`}
            />
          </Card>
        </Col>
      ))}
      <Col xs={12} lg={4}>
        <Card size="small" loading={!summary}>
          <Statistic title={t('policies.matching.summary.amount')} value={formatYuan(summary?.amount ?? 0, language)} />
        </Card>
      </Col>
    </Row>
  );
}
