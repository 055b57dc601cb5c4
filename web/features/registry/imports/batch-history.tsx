import { Progress, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import { useLocalized } from '../../../app/localized';
import type { Batch } from '../registry-api';
import { formatBytes, formatCount, toPercent } from '../registry-format';
import { useRegistryLabels } from '../use-registry-labels';
import { RejectionsLink } from './batch-progress';

const statusColors: Record<Batch['status'], string> = { running: 'processing', done: 'success', failed: 'error' };

/** 导入记录 — the batches imported so far, newest first; a row opens its progress and result above. */
export function BatchHistory({
  batches,
  total,
  isLoading,
  page,
  onPage,
  onOpen,
  openId,
}: {
  batches: Batch[] | undefined;
  total: number;
  isLoading: boolean;
  page: number;
  onPage: (page: number) => void;
  onOpen: (batch: Batch) => void;
  openId: string | undefined;
}) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const labels = useRegistryLabels();
  return (
    <Table<Batch>
      rowKey="id"
      size="small"
      loading={isLoading}
      dataSource={batches}
      data-testid="batch-history"
      rowClassName={(batch) => (String(batch.id) === openId ? 'ant-table-row-selected' : '')}
      onRow={(batch) => ({ onClick: () => onOpen(batch), style: { cursor: 'pointer' } })}
      pagination={{ current: page, pageSize: 10, total, onChange: onPage, showTotal: (count) => t('common.total', { count }) }}
      scroll={{ x: 900 }}
      columns={[
        { title: '#', dataIndex: 'id', width: 64 },
        {
          title: t('registry.imports.file'),
          render: (_, batch) => (
            <div>
              <Typography.Text strong>{batch.fileName}</Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[labels.source(batch.sourceId), batch.fileFormat.toUpperCase(), batch.encoding?.toUpperCase(), formatBytes(batch.fileBytes)].filter(Boolean).join(' · ')}
                </Typography.Text>
              </div>
            </div>
          ),
        },
        {
          title: t('common.status'),
          width: 150,
          render: (_, batch) =>
            batch.status === 'running' ? (
              <Progress percent={toPercent(batch.progress)} size="small" status="active" />
            ) : (
              <Tooltip title={batch.failure?.message}>
                <Tag color={statusColors[batch.status]}>{t(`registry.imports.status.${batch.status}`)}</Tag>
              </Tooltip>
            ),
        },
        { title: t('registry.imports.rowsRead'), dataIndex: 'rowsRead', width: 90, align: 'right', render: (n: number) => formatCount(n, language) },
        { title: t('registry.imports.rowsValid'), dataIndex: 'rowsValid', width: 90, align: 'right', render: (n: number) => formatCount(n, language) },
        { title: t('registry.imports.rowsRejected'), dataIndex: 'rowsRejected', width: 90, align: 'right', render: (n: number) => formatCount(n, language) },
        { title: t('registry.imports.rowsChanged'), dataIndex: 'rowsChanged', width: 90, align: 'right', render: (n: number) => formatCount(n, language) },
        { title: t('registry.imports.startedAt'), dataIndex: 'startedAt', width: 150, render: (at: string) => formatDateTime(at) },
        {
          title: t('registry.imports.rejectedRows'),
          width: 150,
          render: (_, batch) => (
            <span onClick={(event) => event.stopPropagation()}>
              <RejectionsLink batch={batch} />
            </span>
          ),
        },
      ]}
    />
  );
}

