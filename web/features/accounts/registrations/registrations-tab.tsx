import { CheckOutlined, CloseOutlined, DownloadOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Input, Space, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, sendJson, toQuery } from '../../../app/api';
import { ApiErrorResult } from '../../../app/api-error-result';
import { formatDateTime } from '../../../app/format';
import { useAction } from '../../../app/use-action';
import { useApi } from '../../../app/use-api';
import { registrationStatuses, type Page, type Registration, type RegistrationStatus, type RegistrationSummary } from '../accounts-api';
import { useListParams } from '../../../app/use-list-params';
import { RegistrationDrawer } from './registration-drawer';
import { RegistrationStatusTag } from './registration-status-tag';
import { RejectModal } from './reject-modal';
import { usePlaceNames } from './use-place-names';

/**
 * 企业注册审核 — the verification queue, bounded by the officer's scope on the server: status tabs with counts, search,
 * bulk verify or reject of the rows whose abilities allow it, a detail drawer, and a CSV export of what is listed.
 */
export function RegistrationsTab() {
  const { t } = useTranslation();
  const { placeOf, isReady: placesReady } = usePlaceNames();
  const { values, page, pageSize, update } = useListParams(['status', 'q'] as const);
  const status = (registrationStatuses as readonly string[]).includes(values.status ?? '') ? (values.status as RegistrationStatus) : 'pending';
  const list = useApi<Page<Registration>>(`/api/registrations${toQuery({ status, q: values.q, page, pageSize })}`);
  const summary = useApi<RegistrationSummary>('/api/registrations/summary');
  const { run, pending } = useAction();
  const [selected, setSelected] = useState<string[]>([]);
  const [opened, setOpened] = useState<string>();
  const [rejecting, setRejecting] = useState<string[]>();
  const rows = list.data?.items ?? [];
  const isDecidable = (r: Registration) => r.abilities.includes('verify') || r.abilities.includes('reject');

  const refresh = () => {
    list.reload();
    summary.reload();
    setSelected([]);
  };

  const decide = async (ids: string[], decision: 'verify' | 'reject', reason?: string) => {
    const isDone = await run(
      `${decision}:${ids.length === 1 ? ids[0] : 'bulk'}`,
      () => sendJson<{ decided: string[]; skipped: string[] }>('/api/registrations/bulk-decide', 'POST', { ids, decision, reason }),
      ({ decided, skipped }) =>
        t(decision === 'verify' ? 'accounts.registrations.verifiedCount' : 'accounts.registrations.rejectedCount', { count: decided.length }) +
        (skipped.length > 0 ? t('accounts.registrations.skippedCount', { count: skipped.length }) : ''),
    );
    if (isDone) {
      setRejecting(undefined);
      setOpened(undefined);
      refresh();
    }
  };

  return (
    <div data-testid="registrations">
      <Tabs
        type="card"
        size="small"
        activeKey={status}
        onChange={(key) => {
          setSelected([]);
          update({ status: key === 'pending' ? undefined : key });
        }}
        items={registrationStatuses.map((key) => ({
          key,
          label: (
            <Space size={6} data-testid={`status-${key}`}>
              {t(`accounts.registrationStatus.${key}`)}
              <Badge count={summary.data?.[key] ?? 0} showZero color={key === 'pending' ? '#fa8c16' : '#bfbfbf'} overflowCount={9999} />
            </Space>
          ),
        }))}
      />
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
        <Space wrap>
          <Input.Search allowClear defaultValue={values.q} placeholder={t('accounts.registrations.search')} onSearch={(q) => update({ q })} style={{ width: 280 }} />
          {selected.length > 0 && (
            <>
              <Typography.Text type="secondary">{t('accounts.registrations.selected', { count: selected.length })}</Typography.Text>
              <Button type="primary" icon={<CheckOutlined />} loading={pending === 'verify:bulk'} onClick={() => void decide(selected, 'verify')} data-testid="bulk-verify">
                {t('accounts.registrations.bulkVerify')}
              </Button>
              <Button danger icon={<CloseOutlined />} onClick={() => setRejecting(selected)} data-testid="bulk-reject">
                {t('accounts.registrations.bulkReject')}
              </Button>
            </>
          )}
        </Space>
        <Button
          icon={<DownloadOutlined />}
          loading={pending === 'export'}
          onClick={() => void run('export', () => downloadFile(`/api/registrations/export${toQuery({ status, q: values.q })}`, 'registrations.csv'))}
          data-testid="export-registrations"
        >
          {t('common.exportCsv')}
        </Button>
      </Flex>
      {list.error ? (
        <ApiErrorResult error={list.error} onRetry={list.reload} />
      ) : (
        <Table<Registration>
          rowKey="id"
          loading={list.isLoading || !placesReady}
          dataSource={placesReady ? rows : []}
          rowSelection={
            status === 'pending'
              ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]), getCheckboxProps: (r) => ({ disabled: !isDecidable(r) }) }
              : undefined
          }
          onRow={(r) => ({ onClick: () => setOpened(r.id), style: { cursor: 'pointer' } })}
          locale={{ emptyText: t('accounts.registrations.empty') }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showTotal: (total) => t('common.total', { count: total }),
            onChange: (next, size) => update({ page: next === 1 ? undefined : next, pageSize: size === 20 ? undefined : size }),
          }}
          columns={[
            {
              title: t('auth.register.enterpriseName'),
              render: (_, r) => (
                <div>
                  <Typography.Text strong>{r.enterpriseName}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                      {r.creditCode}
                    </Typography.Text>
                  </div>
                </div>
              ),
            },
            { title: t('accounts.units.location'), render: (_, r) => placeOf(r) || t('common.none') },
            { title: t('auth.register.contactName'), render: (_, r) => `${r.contactName} · ${r.contactPhone}` },
            { title: t('auth.register.username'), dataIndex: 'submittedUsername', render: (value: string) => <span style={{ whiteSpace: 'nowrap' }}>{value}</span> },
            { title: t('accounts.registrations.submittedAt'), dataIndex: 'submittedAt', width: 150, render: (value: string) => formatDateTime(value) },
            { title: t('common.status'), dataIndex: 'status', width: 100, render: (value: RegistrationStatus) => <RegistrationStatusTag status={value} /> },
            {
              title: t('common.actions'),
              width: 150,
              render: (_, r) => (
                <Space size={0} onClick={(event) => event.stopPropagation()}>
                  {r.abilities.includes('verify') && (
                    <Button type="link" size="small" loading={pending === `verify:${r.id}`} onClick={() => void decide([r.id], 'verify')}>
                      {t('accounts.registrations.verify')}
                    </Button>
                  )}
                  {r.abilities.includes('reject') && (
                    <Button type="link" size="small" danger onClick={() => setRejecting([r.id])}>
                      {t('accounts.registrations.reject')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      <RegistrationDrawer
        registration={rows.find((r) => r.id === opened)}
        placeOf={placeOf}
        pending={pending}
        onVerify={(r) => void decide([r.id], 'verify')}
        onReject={(r) => setRejecting([r.id])}
        onClose={() => setOpened(undefined)}
      />
      <RejectModal
        open={rejecting !== undefined}
        count={rejecting?.length ?? 0}
        isBusy={pending?.startsWith('reject:') ?? false}
        onConfirm={(reason) => rejecting && void decide(rejecting, 'reject', reason)}
        onCancel={() => setRejecting(undefined)}
      />
    </div>
  );
}
