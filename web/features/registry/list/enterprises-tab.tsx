import { Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useLocalized } from '../../../app/localized';
import { useApi } from '../../../app/use-api';
import { useListParams } from '../../../app/use-list-params';
import { ENTERPRISE_FILTER_KEYS, enterpriseExportPath, enterpriseListPath } from '../enterprise-filters';
import { ExportButton } from '../export-button';
import type { EnterpriseSummary, ListPage } from '../registry-api';
import { formatCount } from '../registry-format';
import { EnterpriseDrawer } from './enterprise-drawer';
import { EnterpriseFilterForm } from './enterprise-filter-form';
import { EnterpriseTable } from './enterprise-table';

/** 企业清单 — the reconciled enterprises within one's scope, filtered, a page at a time, exported to Excel as found. */
export function EnterprisesTab() {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const { values, page, pageSize, update } = useListParams(ENTERPRISE_FILTER_KEYS);
  const { data, error, isLoading, reload } = useApi<ListPage<EnterpriseSummary>>(enterpriseListPath(values, page, pageSize));
  const [openId, setOpenId] = useState<string>();

  return (
    <div data-testid="registry-enterprises">
      <Card style={{ marginBottom: 16 }}>
        <EnterpriseFilterForm values={values} onApply={update} />
      </Card>
      <Card
        title={t('registry.list.found', { total: formatCount(data?.total ?? 0, language) })}
        extra={<ExportButton path={enterpriseExportPath(values)} fileName={t('registry.list.exportName')} testId="registry-export" />}
      >
        {error ? (
          <ApiErrorResult error={error} onRetry={reload} />
        ) : (
          <EnterpriseTable
            items={data?.items}
            isLoading={isLoading}
            testId="registry-table"
            onOpen={(enterprise) => setOpenId(enterprise.id)}
            pagination={{
              current: page,
              pageSize,
              total: data?.total ?? 0,
              onChange: (next, size) => update({ page: next === 1 ? undefined : next, pageSize: size === 20 ? undefined : size }),
            }}
          />
        )}
      </Card>
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
