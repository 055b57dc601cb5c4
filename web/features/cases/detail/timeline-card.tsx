import { Card, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import type { CaseTimelineEntry } from '../cases-api';
import { useLooseText } from '../shared/use-case-words';
import { buildTimeline, type TimelineVocabulary } from './timeline-view';

const DOT_COLORS = { normal: 'blue', warning: 'orange', negative: 'red', positive: 'green' } as const;

/** 办理记录 — every action on the case: who, for which unit and in which capacity, when, and what it said. */
export function TimelineCard({ entries, words }: { entries: readonly CaseTimelineEntry[]; words: TimelineVocabulary }) {
  const { t } = useTranslation();
  const loose = useLooseText();
  const items = buildTimeline(entries, words);
  return (
    <Card title={t('cases.detail.timeline')} size="small" data-testid="case-timeline">
      <Timeline
        items={items.map((item) => ({
          key: item.key,
          color: DOT_COLORS[item.tone],
          content: (
            <div data-action={item.action}>
              <Typography.Text strong>{item.actionLabel}</Typography.Text>
              {item.toStage && <Tag style={{ marginInlineStart: 8 }}>{t('cases.detail.movedTo', { stage: item.toStage })}</Tag>}
              <div style={{ fontSize: 12, color: '#64748b' }}>
                {formatDateTime(item.at)} · {item.userName}
                {item.unitName && ` · ${item.unitName}`}
                {item.isInNameOf && ` · ${t('cases.detail.inNameOf')}`}
              </div>
              {item.details.map((detail) => (
                <div key={detail.field} style={{ fontSize: 13, marginTop: 2 }}>
                  <Typography.Text type="secondary">
                    {loose(`cases.payload.${detail.field}`, detail.field)}
                    {t('cases.detail.labelSeparator')}
                  </Typography.Text>
                  {detail.values.length === 1 ? (
                    detail.values[0]
                  ) : (
                    <ol style={{ margin: '2px 0 0', paddingInlineStart: 20 }}>
                      {detail.values.map((value, index) => (
                        <li key={index}>{value}</li>
                      ))}
                    </ol>
                  )}
                </div>
              ))}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
