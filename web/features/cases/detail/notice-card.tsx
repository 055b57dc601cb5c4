import { Card, Flex, Listy, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import type { PublicNotice } from '../../../../core/workflow';

const OBJECTION_COLORS = { open: 'warning', upheld: 'error', dismissed: 'default' } as const;

/** 公示 — when the notice began, for how many working days, and the objections raised with how they ended. */
export function NoticeCard({ notice }: { notice: PublicNotice }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('cases.notice.title')} data-testid="public-notice">
      <Typography.Paragraph style={{ fontSize: 13 }}>
        {t('cases.notice.period', { date: formatDateTime(notice.startedAt), days: notice.days })}
      </Typography.Paragraph>
      {notice.objections.length === 0 ? (
        <Typography.Text type="secondary">{t('cases.notice.noObjections')}</Typography.Text>
      ) : (
        <Listy
          items={notice.objections}
          rowKey="id"
          itemRender={(objection) => (
            <Flex justify="space-between" align="center" gap={8}>
              <span>
                {objection.text}
                {objection.resolution && <div style={{ fontSize: 12, color: '#64748b' }}>{objection.resolution}</div>}
              </span>
              <Tag color={OBJECTION_COLORS[objection.status]}>{t(`cases.notice.objection.${objection.status}`)}</Tag>
            </Flex>
          )}
        />
      )}
    </Card>
  );
}
