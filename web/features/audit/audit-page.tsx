import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, toQuery } from '../../app/api';
import { ApiErrorResult } from '../../app/api-error-result';
import { useAuth } from '../../app/auth/auth-context';
import { hasAnyPermission } from '../../app/auth/me';
import { ForbiddenResult } from '../../app/forbidden-result';
import { formatDateTime } from '../../app/format';
import { useLocalized } from '../../app/localized';
import { PageHeader } from '../../app/page-header';
import { Permission } from '../../app/permissions';
import { useAction } from '../../app/use-action';
import { useApi } from '../../app/use-api';
import { useListParams } from '../../app/use-list-params';
import { usePageTitle } from '../../app/use-page-title';
import type { Page } from '../accounts/accounts-api';
import { useUnits } from '../accounts/units/use-units';
import { auditFilterKeys, type AuditRecord, type ChainCheck } from './audit-api';
import { AuditFilters } from './audit-filters';
import { AuditRecordDetail } from './audit-record-detail';
import { ChainResult, VerifyChainButton } from './verify-chain-button';

/**
 * 审计日志 — search the append-only log (scoped on the server), see each record's before/after field by field,
 * export what was found as CSV, and verify the hash chain.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const { me } = useAuth();
  const { units } = useUnits();
  const { values, page, pageSize, update } = useListParams(auditFilterKeys);
  const canRead = hasAnyPermission(me, [Permission.AuditRead]);
  const { data, error, isLoading, reload } = useApi<Page<AuditRecord>>(canRead ? `/api/audit${toQuery({ ...values, page, pageSize })}` : null);
  const { run, pending } = useAction();
  const [chain, setChain] = useState<ChainCheck>();
  usePageTitle(t('nav.audit'));

  if (!canRead) return <ForbiddenResult />;

  return (
    <div data-testid="audit">
      <PageHeader title={t('nav.audit')} description={t('audit.description')} />
      <Card style={{ marginBottom: 16 }}>
        <AuditFilters values={values} units={units} onApply={(filters) => update(Object.fromEntries(auditFilterKeys.map((key) => [key, filters[key]])))} />
      </Card>
      <Card
        title={t('audit.records', { count: data?.total ?? 0 })}
        extra={
          <Flex gap={8} wrap justify="flex-end">
            <Button
              icon={<DownloadOutlined />}
              loading={pending === 'export'}
              onClick={() => void run('export', () => downloadFile(`/api/audit/export${toQuery(values)}`, 'audit.csv'))}
              data-testid="export-audit"
            >
              {t('common.exportCsv')}
            </Button>
            {hasAnyPermission(me, [Permission.AuditVerify]) && <VerifyChainButton onResult={setChain} />}
          </Flex>
        }
      >
        {chain && <ChainResult result={chain} onClose={() => setChain(undefined)} />}
        {error ? (
          <ApiErrorResult error={error} onRetry={reload} />
        ) : (
          <Table<AuditRecord>
            rowKey="id"
            size="middle"
            loading={isLoading}
            dataSource={data?.items}
            data-testid="audit-table"
            expandable={{ expandedRowRender: (record) => <AuditRecordDetail record={record} />, expandRowByClick: true }}
            pagination={{
              current: page,
              pageSize,
              total: data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100, 200],
              showTotal: (total) => t('common.total', { count: total }),
              onChange: (next, size) => update({ page: next === 1 ? undefined : next, pageSize: size === 20 ? undefined : size }),
            }}
            columns={[
              { title: '#', dataIndex: 'seq', width: 70, render: (seq: number | null) => <Typography.Text type="secondary">{seq ?? '…'}</Typography.Text> },
              { title: t('audit.time'), dataIndex: 'at', width: 170, render: (at: string) => formatDateTime(at, { seconds: true }) },
              {
                title: t('audit.actor'),
                width: 150,
                render: (_, record) =>
                  record.actor ? (
                    <Tooltip title={record.actor.username}>
                      <Typography.Text>{record.actor.displayName}</Typography.Text>
                    </Tooltip>
                  ) : (
                    <Tag>{t('audit.system')}</Tag>
                  ),
              },
              {
                title: t('audit.actingUnit'),
                width: 200,
                render: (_, record) => (
                  <Space size={4} wrap>
                    {record.actingUnit ? name(record.actingUnit) : <Typography.Text type="secondary">{t('common.none')}</Typography.Text>}
                    {record.capacity === 'in-the-name-of' && (
                      <Tag color="gold" data-testid="capacity-tag">
                        {t('audit.inTheNameOf', { unit: record.inTheNameOf ? name(record.inTheNameOf) : t('common.none') })}
                      </Tag>
                    )}
                  </Space>
                ),
              },
              { title: t('audit.action'), dataIndex: 'action', render: (action: string) => <Tag color="blue">{action}</Tag> },
              {
                title: t('audit.object'),
                render: (_, record) => (
                  <span>
                    <Typography.Text>{record.objectType}</Typography.Text>
                    {record.objectId && (
                      <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }} ellipsis>
                        {record.objectId.length > 14 ? `${record.objectId.slice(0, 12)}…` : record.objectId}
                      </Typography.Text>
                    )}
                  </span>
                ),
              },
              { title: t('audit.clientAddress'), dataIndex: 'clientAddress', width: 130, render: (value: string | null) => value ?? t('common.none') },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
