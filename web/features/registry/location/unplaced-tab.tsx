import { AimOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useLocalized } from '../../../app/localized';
import { useApi } from '../../../app/use-api';
import { useListParams } from '../../../app/use-list-params';
import { enterpriseExportPath, enterpriseListPath } from '../enterprise-filters';
import { ExportButton } from '../export-button';
import { EnterpriseDrawer } from '../list/enterprise-drawer';
import { EnterpriseTable } from '../list/enterprise-table';
import type { EnterpriseSummary, ListPage } from '../registry-api';
import { formatCount } from '../registry-format';
import { useRegistryReference } from '../registry-context';
import { ManualLocationModal } from './manual-location-modal';

const unplaced = { located: 'false' } as const;

/**
 * 待定位 — the enterprises the territory resolver could place neither by coordinates nor by address, for a reviewer
 * to place by hand; each one placed leaves the list.
 */
export function UnplacedTab() {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const { canReview } = useRegistryReference();
  const { values, page, pageSize, update } = useListParams(['q'] as const);
  const filters = { ...values, ...unplaced };
  const { data, error, isLoading, reload } = useApi<ListPage<EnterpriseSummary>>(enterpriseListPath(filters, page, pageSize));
  const [openId, setOpenId] = useState<string>();
  const [locating, setLocating] = useState<EnterpriseSummary>();

  return (
    <div data-testid="registry-unplaced">
      <Alert type="info" showIcon title={t('registry.unplaced.hint')} style={{ marginBottom: 16 }} />
      <Card
        title={t('registry.unplaced.count', { total: formatCount(data?.total ?? 0, language) })}
        extra={
          <Space wrap>
            <Input.Search allowClear defaultValue={values.q} placeholder={t('registry.filters.qPlaceholder')} onSearch={(q) => update({ q })} style={{ width: 260 }} />
            <ExportButton path={enterpriseExportPath(filters)} fileName={t('registry.unplaced.exportName')} />
          </Space>
        }
      >
        {error ? (
          <ApiErrorResult error={error} onRetry={reload} />
        ) : (
          <EnterpriseTable
            items={data?.items}
            isLoading={isLoading}
            omit={['place', 'area']}
            onOpen={(enterprise) => setOpenId(enterprise.id)}
            pagination={{
              current: page,
              pageSize,
              total: data?.total ?? 0,
              onChange: (next, size) => update({ page: next === 1 ? undefined : next, pageSize: size === 20 ? undefined : size }),
            }}
            action={
              canReview
                ? {
                    title: t('common.actions'),
                    width: 120,
                    fixed: 'right',
                    render: (_, enterprise) => (
                      <Button type="link" size="small" icon={<AimOutlined />} onClick={() => setLocating(enterprise)} data-testid="locate-row">
                        {t('registry.location.open')}
                      </Button>
                    ),
                  }
                : undefined
            }
          />
        )}
      </Card>
      <ManualLocationModal
        enterprise={locating}
        onClose={() => setLocating(undefined)}
        onPlaced={() => {
          setLocating(undefined);
          reload();
        }}
      />
      <EnterpriseDrawer
        enterpriseId={openId}
        onClose={() => setOpenId(undefined)}
        onChanged={(nextId) => {
          if (nextId) setOpenId(nextId);
          reload();
        }}
      />
    </div>
  );
}
