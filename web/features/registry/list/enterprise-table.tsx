import { Space, Table, Tag, Tooltip, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../app/localized';
import { IndustryTag } from '../industry-tag';
import type { EnterpriseSummary } from '../registry-api';
import { formatCount } from '../registry-format';
import { useRegistryLabels } from '../use-registry-labels';

/**
 * 企业表格 — enterprises as the list, the coverage report and the unplaced list show them: name and code, where it
 * is, industry, founding date and whether the statistics directory holds it. A click opens the enterprise.
 */
export function EnterpriseTable({
  items,
  isLoading,
  pagination,
  onOpen,
  action,
  omit = [],
  testId,
}: {
  items: EnterpriseSummary[] | undefined;
  isLoading: boolean;
  pagination: TablePaginationConfig;
  onOpen: (enterprise: EnterpriseSummary) => void;
  /** An extra last column, e.g. the manual-location button. */
  action?: TableColumnsType<EnterpriseSummary>[number];
  /** Columns that say nothing in this list, e.g. where an unplaced enterprise is. */
  omit?: readonly ('place' | 'area')[];
  testId?: string;
}) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const labels = useRegistryLabels();
  const columns: TableColumnsType<EnterpriseSummary> = [
    {
      title: t('registry.list.enterprise'),
      width: 260,
      render: (_, enterprise) => (
        <div>
          <Typography.Link strong onClick={() => onOpen(enterprise)} data-testid="enterprise-name">
            {enterprise.name}
          </Typography.Link>
          {enterprise.status === 'deregistered' && (
            <Tag color="default" style={{ marginInlineStart: 8 }}>
              {t('registry.status.deregistered')}
            </Tag>
          )}
          <div>
            <Typography.Text type="secondary" copyable={enterprise.creditCode ? { text: enterprise.creditCode } : false} style={{ fontSize: 12, fontFamily: 'monospace' }}>
              {enterprise.creditCode ?? t('registry.list.noCode')}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      key: 'place',
      title: t('registry.list.place'),
      width: 190,
      render: (_, enterprise) => (
        <div>
          <div>{labels.place(enterprise)}</div>
          {enterprise.bodyId && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {labels.body(enterprise.bodyId, enterprise.bodyName)}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      key: 'area',
      title: t('registry.list.area'),
      width: 100,
      // Unplaced enterprises say so in the place column; here only the placed ones outside the zone need a word.
      render: (_, enterprise) =>
        enterprise.area ? (
          <Tag color={enterprise.area === 'original' ? 'red' : 'geekblue'}>{labels.area(enterprise.area)}</Tag>
        ) : enterprise.locatedBy ? (
          labels.area(null)
        ) : (
          t('common.none')
        ),
    },
    {
      title: t('registry.list.industry'),
      width: 190,
      render: (_, enterprise) => <IndustryTag industry={enterprise.industry} chainSegment={enterprise.chainSegment} industryCode={enterprise.industryCode} />,
    },
    { title: t('registry.fields.foundedOn'), dataIndex: 'foundedOn', width: 110, render: (value: string | null) => value ?? t('common.none') },
    {
      title: t('registry.list.directory'),
      dataIndex: 'inDirectory',
      width: 100,
      render: (inDirectory: boolean) => (inDirectory ? <Tag color="green">{t('registry.list.inDirectory')}</Tag> : <Tag>{t('registry.list.notInDirectory')}</Tag>),
    },
    {
      title: t('registry.list.records'),
      dataIndex: 'recordCount',
      width: 80,
      align: 'right',
      render: (count: number) => (
        <Tooltip title={t('registry.list.recordsHint')}>
          <Space size={4}>{formatCount(count, language)}</Space>
        </Tooltip>
      ),
    },
  ];
  const shown = columns.filter((column) => !omit.includes(column.key as 'place' | 'area'));
  return (
    <Table<EnterpriseSummary>
      rowKey="id"
      size="middle"
      loading={isLoading}
      dataSource={items}
      pagination={{ showSizeChanger: true, showTotal: (total) => t('common.total', { count: total }), ...pagination }}
      columns={[...shown, ...(action ? [action] : [])]}
      scroll={{ x: omit.length > 0 ? 900 : 1100 }}
      data-testid={testId}
    />
  );
}
