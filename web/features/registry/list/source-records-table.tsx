import { Button, Popconfirm, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EnterpriseDetail, LinkedBy } from '../registry-api';
import { useRegistryLabels } from '../use-registry-labels';

type LinkedRecord = EnterpriseDetail['records'][number];

const linkColors: Record<LinkedBy, string> = { 'credit-code': 'green', model: 'blue', reviewer: 'purple', single: 'default' };

/**
 * 来源记录 — the rows of every source merged into this enterprise, each with how it was linked (same credit code,
 * the matching model and its weight, a reviewer) and, for a reviewer, the button that splits it off again.
 */
export function SourceRecordsTable({ enterprise, onUnmerge, pending }: { enterprise: EnterpriseDetail; onUnmerge: (record: LinkedRecord) => void; pending: string | null }) {
  const { t } = useTranslation();
  const labels = useRegistryLabels();
  const none = t('common.none');
  const canSplit = enterprise.abilities.review && enterprise.records.length > 1;
  return (
    <Table<LinkedRecord>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={enterprise.records}
      scroll={{ x: 1120 }}
      data-testid="source-records"
      columns={[
        {
          title: t('registry.detail.source'),
          width: 150,
          render: (_, record) => (
            <div>
              <div>{labels.source(record.sourceId)}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('registry.detail.batchRow', { batch: record.batchId, row: record.rowNo })}
              </Typography.Text>
            </div>
          ),
        },
        {
          title: t('registry.fields.name'),
          width: 230,
          render: (_, record) => (
            <div>
              <div>{record.name}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
                {record.creditCode ?? t('registry.list.noCode')}
              </Typography.Text>
            </div>
          ),
        },
        { title: t('registry.fields.address'), dataIndex: 'address', render: (value: string | null) => value ?? none },
        { title: t('registry.fields.legalRep'), dataIndex: 'legalRep', width: 90, render: (value: string | null) => value ?? none },
        { title: t('registry.fields.phone'), dataIndex: 'phone', width: 120, render: (value: string | null) => value ?? none },
        { title: t('registry.fields.foundedOn'), dataIndex: 'foundedOn', width: 100, render: (value: string | null) => value ?? none },
        {
          title: t('registry.detail.linkedBy'),
          width: 130,
          render: (_, record) => (
            <Tooltip title={t(`registry.linkedByHint.${record.linkedBy}`)}>
              <Tag color={linkColors[record.linkedBy]} data-testid="linked-by">
                {t(`registry.linkedBy.${record.linkedBy}`)}
                {record.weight !== null && record.linkedBy === 'model' ? ` ${record.weight.toFixed(1)}` : ''}
              </Tag>
            </Tooltip>
          ),
        },
        ...(canSplit
          ? [
              {
                title: t('common.actions'),
                width: 80,
                fixed: 'right' as const,
                render: (_: unknown, record: LinkedRecord) => (
                  <Popconfirm title={t('registry.detail.unmergeConfirm')} description={t('registry.detail.unmergeHint')} onConfirm={() => onUnmerge(record)}>
                    <Button type="link" size="small" danger loading={pending === `unmerge:${record.id}`} data-testid="unmerge">
                      {t('registry.detail.unmerge')}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
