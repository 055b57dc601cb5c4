import { Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { useLocalized } from '../../app/localized';
import type { AuditRecord } from './audit-api';
import { JsonDiffView } from './json-diff-view';

/** One audit record opened: who and in which capacity, the object and request, and the before/after diff. */
export function AuditRecordDetail({ record }: { record: AuditRecord }) {
  const { t } = useTranslation();
  const { name } = useLocalized();
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', padding: '4px 8px' }} data-testid="audit-detail">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'time', label: t('audit.time'), children: formatDateTime(record.at, { seconds: true }) },
          {
            key: 'actor',
            label: t('audit.actor'),
            children: record.actor ? `${record.actor.displayName} (${record.actor.username})` : t('audit.system'),
          },
          {
            key: 'capacity',
            label: t('audit.capacity'),
            children:
              record.capacity === 'in-the-name-of' ? (
                <Tag color="gold">{t('audit.inTheNameOf', { unit: record.inTheNameOf ? name(record.inTheNameOf) : t('common.none') })}</Tag>
              ) : (
                <Tag>{t('audit.ownAuthority')}</Tag>
              ),
          },
          {
            key: 'object',
            label: t('audit.object'),
            children: (
              <span>
                <Tag>{record.objectType}</Tag>
                {record.objectId && (
                  <Typography.Text copyable style={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>
                    {record.objectId}
                  </Typography.Text>
                )}
              </span>
            ),
          },
          {
            key: 'request',
            label: t('audit.requestId'),
            children: record.requestId ? <Typography.Text copyable style={{ fontSize: 12 }}>{record.requestId}</Typography.Text> : t('common.none'),
          },
          { key: 'address', label: t('audit.clientAddress'), children: record.clientAddress ?? t('common.none') },
        ]}
      />
      <JsonDiffView before={record.before} after={record.after} />
    </Space>
  );
}
