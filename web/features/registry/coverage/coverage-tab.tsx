import { Alert, Card, Col, Flex, Row, Segmented, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toQuery } from '../../../app/api';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useLocalized } from '../../../app/localized';
import { useApi } from '../../../app/use-api';
import { useListParams } from '../../../app/use-list-params';
import { ExportButton } from '../export-button';
import { EnterpriseDrawer } from '../list/enterprise-drawer';
import { EnterpriseTable } from '../list/enterprise-table';
import { COVERAGE_LISTS, type Coverage, type CoverageList, type CoverageTownRow } from '../registry-api';
import { formatCount } from '../registry-format';
import { useRegistryLabels } from '../use-registry-labels';

function isCoverageList(value: string | undefined): value is CoverageList {
  return (COVERAGE_LISTS as readonly string[]).includes(value ?? '');
}

/**
 * 应统尽统 — what the statistics bureau works from: enterprises registered or paying tax in the zone that the
 * statistics directory lacks, and directory entries located outside the zone, summed by town and body, each list a
 * page at a time, all of it exported to Excel.
 */
export function CoverageTab() {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const labels = useRegistryLabels();
  const { values, page, pageSize, update } = useListParams(['list'] as const);
  const list: CoverageList = isCoverageList(values.list) ? values.list : 'missing';
  const { data, error, isLoading, reload } = useApi<Coverage>(`/api/registry/coverage${toQuery({ list, page, pageSize })}`);
  const [openId, setOpenId] = useState<string>();

  if (error) return <ApiErrorResult error={error} onRetry={reload} />;

  const summary = (kind: CoverageList) => (
    <Card
      size="small"
      title={t(`registry.coverage.${kind}Title`)}
      loading={!data}
      data-testid={`coverage-${kind}`}
      style={{ height: '100%', borderTop: `3px solid ${kind === 'missing' ? '#d4380d' : '#fa8c16'}` }}
    >
      <Flex vertical gap={12}>
        <Statistic value={formatCount(data?.[kind].total, language)} suffix={t('registry.coverage.unit')} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(`registry.coverage.${kind}Hint`)}
        </Typography.Text>
        <Table<CoverageTownRow>
          size="small"
          pagination={false}
          rowKey={(row) => `${row.townCode ?? '-'}:${row.bodyId ?? '-'}`}
          dataSource={data?.[kind].byTown}
          scroll={{ y: 260 }}
          columns={[
            { title: t('registry.fields.town'), render: (_, row) => labels.town(row.townCode, row.townName ?? t('registry.coverage.outsideTowns')) },
            { title: t('registry.fields.body'), render: (_, row) => (row.bodyId ? labels.body(row.bodyId, row.bodyName) : t('common.none')) },
            { title: t('registry.coverage.count'), dataIndex: 'count', align: 'right', width: 90, render: (count: number) => formatCount(count, language) },
          ]}
        />
      </Flex>
    </Card>
  );

  return (
    <div data-testid="registry-coverage">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={data?.directorySourceId ? t('registry.coverage.directory', { source: labels.source(data.directorySourceId) }) : t('registry.coverage.noDirectory')}
        action={<ExportButton path="/api/registry/coverage.xlsx" fileName={t('registry.coverage.exportName')} testId="coverage-export" />}
      />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={12}>
          {summary('missing')}
        </Col>
        <Col xs={24} xl={12}>
          {summary('outside')}
        </Col>
      </Row>
      <Card
        title={
          <Segmented<CoverageList>
            value={list}
            onChange={(next) => update({ list: next === 'missing' ? undefined : next })}
            options={COVERAGE_LISTS.map((value) => ({ value, label: t(`registry.coverage.${value}List`, { total: formatCount(data?.[value].total ?? 0, language) }) }))}
            data-testid="coverage-list-choice"
          />
        }
      >
        <EnterpriseTable
          items={data?.items}
          isLoading={isLoading}
          testId="coverage-table"
          onOpen={(enterprise) => setOpenId(enterprise.id)}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            onChange: (next, size) => update({ page: next === 1 ? undefined : next, pageSize: size === 20 ? undefined : size }),
          }}
        />
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
