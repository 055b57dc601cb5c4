import { Card, Descriptions, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Rubric } from '../../../../core/rules';
import type { ExpertPanel, ExpertSeat } from '../../../../core/workflow';
import { usePick } from '../../policies/shared/use-pick';
import type { TimelineVocabulary } from './timeline-view';

const SEAT_COLORS = { assigned: 'default', declared: 'processing', recused: 'warning', scored: 'success' } as const;

/** 专家评审 — the panel: each seat's declaration and scores against the unified rubric, and the weighted totals. */
export function ExpertsCard({ panel, rubric, words }: { panel: ExpertPanel; rubric: Rubric | null; words: TimelineVocabulary }) {
  const { t } = useTranslation();
  const { pick } = usePick();
  const criteria = rubric?.criteria ?? [];
  return (
    <Card size="small" title={t('cases.experts.title')} data-testid="experts-panel">
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'required', label: t('cases.experts.required'), children: panel.required },
          {
            key: 'total',
            label: t('cases.experts.panelTotal'),
            children: panel.total === null ? t('cases.experts.pending') : <Typography.Text strong data-testid="panel-total">{panel.total.toFixed(2)}</Typography.Text>,
          },
        ]}
      />
      <Table<ExpertSeat>
        size="small"
        rowKey="userId"
        pagination={false}
        dataSource={panel.seats}
        scroll={{ x: true }}
        columns={[
          { key: 'expert', title: t('cases.experts.expert'), render: (_, seat) => words.user(seat.userId) },
          {
            key: 'status',
            title: t('common.status'),
            render: (_, seat) => (
              <span>
                <Tag color={SEAT_COLORS[seat.status]}>{t(`cases.experts.status.${seat.status}`)}</Tag>
                {seat.replacedBy && t('cases.experts.replacedBy', { expert: words.user(seat.replacedBy) })}
                {seat.conflictStatement && <div style={{ fontSize: 12, color: '#64748b' }}>{seat.conflictStatement}</div>}
              </span>
            ),
          },
          ...criteria.map((criterion) => ({
            key: criterion.id,
            title: `${pick(criterion.name)} (${criterion.weight})`,
            render: (_: unknown, seat: ExpertSeat) => seat.scores?.[criterion.id] ?? '—',
          })),
          { key: 'total', title: t('cases.experts.total'), render: (_, seat) => (seat.total === null ? '—' : seat.total.toFixed(2)) },
        ]}
      />
    </Card>
  );
}
