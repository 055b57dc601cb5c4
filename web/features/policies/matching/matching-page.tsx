import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../../app/api';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useLocalized } from '../../../app/localized';
import { PageHeader } from '../../../app/page-header';
import { useAction } from '../../../app/use-action';
import { useApi } from '../../../app/use-api';
import { useListParams } from '../../../app/use-list-params';
import { usePageTitle } from '../../../app/use-page-title';
import type { ZoneSummary } from '../../home/zone-summary';
import { matchesExportPath, matchesPath, policyPath, type MatchFilter, type PolicyDetail, type PolicyMatch, type PolicyMatches } from '../policies-api';
import { factLabel } from '../self-check/trace-view';
import { formatYuan } from '../shared/format-value';
import { PoliciesTabs } from '../shared/policies-tabs';
import { PolicySelect } from '../shared/policy-select';
import { ResultTag } from '../shared/policy-tags';
import { useChosenPolicy } from '../shared/use-chosen-policy';
import { MatchingSummary } from './matching-summary';

const FILTERS: readonly MatchFilter[] = ['eligible', 'likely', 'undetermined', 'all'];

/**
 * 政策找企业 — one policy against the enterprise list (免申即享): who qualifies or likely qualifies and why, by town
 * and body, bounded by the officer's data scope on the server, exported to Excel for the window to contact them.
 */
export function MatchingPage() {
  const { t } = useTranslation();
  const { name, language } = useLocalized();
  usePageTitle(t('policies.tabs.matching'));
  const { policyId, policies, catalogue, choose } = useChosenPolicy('matching');
  const { values, page, pageSize, update } = useListParams(['result', 'townCode', 'bodyId'] as const);
  const result = FILTERS.find((f) => f === values.result) ?? 'eligible';
  const filters = { result, townCode: values.townCode, bodyId: values.bodyId };
  const list = useApi<PolicyMatches>(policyId ? matchesPath(policyId, { ...filters, page, pageSize }) : null);
  const zone = useApi<ZoneSummary>('/api/zone/summary');
  // The policy's questions name the missing facts in words.
  const detail = useApi<PolicyDetail>(policyId ? policyPath(policyId) : null);
  const vocabulary = { facts: detail.data?.form ?? [] };
  const { run, pending } = useAction();
  const separator = language === 'en' ? ', ' : '、';

  return (
    <div data-testid="policy-matching">
      <PageHeader title={t('policies.tabs.matching')} description={t('policies.matching.description')} />
      <PoliciesTabs active="matching" policyId={policyId} />
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          <PolicySelect policies={policies} value={policyId} onChange={choose} loading={catalogue.isLoading} />
          <Segmented
            value={result}
            onChange={(next) => update({ result: next === 'eligible' ? undefined : next })}
            options={FILTERS.map((f) => ({ value: f, label: t(`policies.matching.filter.${f}`) }))}
            data-testid="result-filter"
          />
          <Select
            allowClear
            value={values.townCode}
            onChange={(townCode?: string) => update({ townCode })}
            placeholder={t('policies.matching.allTowns')}
            options={(zone.data?.towns ?? []).map((town) => ({ value: town.code, label: name(town) }))}
            style={{ width: 180 }}
            aria-label={t('policies.matching.town')}
          />
          <Select
            allowClear
            value={values.bodyId}
            onChange={(bodyId?: string) => update({ bodyId })}
            placeholder={t('policies.matching.allBodies')}
            options={(zone.data?.bodies ?? []).map((body) => ({ value: body.id, label: name(body) }))}
            style={{ width: 200 }}
            aria-label={t('policies.matching.body')}
          />
        </Flex>
        <Button
          icon={<DownloadOutlined />}
          disabled={!policyId}
          loading={pending === 'export'}
          onClick={() => policyId && void run('export', () => downloadFile(matchesExportPath(policyId, filters), `${policyId}-matches.xlsx`))}
          data-testid="export-matches"
        >
          {t('policies.matching.export')}
        </Button>
      </Flex>
      {list.error ? (
        <ApiErrorResult error={list.error} onRetry={list.reload} />
      ) : (
        <>
          <MatchingSummary summary={list.data?.summary} onShow={(next) => update({ result: next === 'eligible' ? undefined : next })} />
          <Table<PolicyMatch>
            rowKey="enterpriseId"
            loading={list.isLoading}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: t('policies.matching.empty') }}
            data-testid="matches"
            expandable={{
              expandedRowRender: (m) => (
                <div style={{ paddingInlineStart: 8 }}>
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {m.reasons.map((reason, index) => (
                      <li key={index}>{reason}</li>
                    ))}
                  </ul>
                </div>
              ),
              rowExpandable: (m) => m.reasons.length > 0,
            }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showTotal: (total) => t('common.total', { count: total }),
              onChange: (next, size) => update({ page: next === 1 ? undefined : next, pageSize: size === 20 ? undefined : size }),
            }}
            columns={[
              {
                title: t('policies.matching.enterprise'),
                width: 300,
                render: (_, m) => (
                  <div>
                    <Typography.Text strong>{m.name}</Typography.Text>
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                        {m.creditCode}
                      </Typography.Text>
                    </div>
                  </div>
                ),
              },
              { title: t('policies.matching.town'), width: 110, render: (_, m) => m.townName ?? t('policies.none') },
              { title: t('policies.matching.body'), width: 170, render: (_, m) => m.bodyName ?? t('policies.none') },
              { title: t('policies.matching.result'), width: 96, render: (_, m) => <ResultTag result={m.result} /> },
              {
                title: t('policies.matching.amount'),
                width: 130,
                align: 'right',
                render: (_, m) => <span style={{ whiteSpace: 'nowrap' }}>{formatYuan(m.amount, language)}</span>,
              },
              {
                title: t('policies.matching.reasons'),
                render: (_, m) =>
                  m.missing.length > 0 ? (
                    <span>
                      <Typography.Text type="warning">
                        {t('policies.matching.missing')}
                        {t('policies.check.colon')}
                      </Typography.Text>
                      <Typography.Text type="secondary">{m.missing.map((fact) => factLabel(fact, vocabulary, language)).join(separator)}</Typography.Text>
                    </span>
                  ) : (
                    <Typography.Text type="secondary" ellipsis style={{ maxWidth: 420 }}>
                      {m.reasons[0] ?? t('policies.none')}
                    </Typography.Text>
                  ),
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
