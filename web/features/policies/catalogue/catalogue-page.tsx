import { Col, Empty, Flex, Row, Segmented, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorResult } from '../../../app/api-error-result';
import { PageHeader } from '../../../app/page-header';
import { useApi } from '../../../app/use-api';
import { useListParams } from '../../../app/use-list-params';
import { usePageTitle } from '../../../app/use-page-title';
import { POLICY_KINDS, policiesPath, type PolicyKind, type PolicySummary } from '../policies-api';
import { PoliciesTabs } from '../shared/policies-tabs';
import { PolicyCard } from './policy-card';

/**
 * 政策目录 — the public catalogue: every policy in force, grouped by kind (专项资金 / 人才政策), each with its version
 * and a warning where its figures are illustrative; open it, or go straight to its self-check.
 */
export function CataloguePage() {
  const { t } = useTranslation();
  usePageTitle(t('policies.tabs.catalogue'));
  const { values, update } = useListParams(['kind'] as const);
  const kind = POLICY_KINDS.find((k) => k === values.kind);
  const { data, error, reload } = useApi<{ items: PolicySummary[] }>(policiesPath());
  const items = data?.items ?? [];
  const countOf = (k: PolicyKind) => items.filter((p) => p.kind === k).length;

  return (
    <div data-testid="policy-catalogue">
      <PageHeader title={t('policies.tabs.catalogue')} description={t('policies.catalogue.description')} />
      <PoliciesTabs active="catalogue" />
      <Segmented
        value={kind ?? 'all'}
        onChange={(next) => update({ kind: next === 'all' ? undefined : next })}
        options={[
          { value: 'all', label: `${t('policies.catalogue.all')} ${items.length || ''}`.trim() },
          ...POLICY_KINDS.map((k) => ({ value: k, label: `${t(`policies.kind.${k}`)} ${countOf(k) || ''}`.trim() })),
        ]}
        style={{ marginBottom: 16 }}
        data-testid="kind-filter"
      />
      {error && !data ? (
        <ApiErrorResult error={error} onRetry={reload} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : items.length === 0 ? (
        <Empty description={t('policies.catalogue.empty')} />
      ) : (
        (kind ? [kind] : POLICY_KINDS).map((k) => {
          const group = items.filter((p) => p.kind === k);
          if (group.length === 0) return null;
          return (
            <section key={k} style={{ marginBottom: 24 }} data-testid={`kind-${k}`}>
              <Flex align="baseline" gap={8} style={{ marginBottom: 12 }}>
                <Typography.Title level={2} style={{ fontSize: 17, margin: 0 }}>
                  {t(`policies.kind.${k}`)}
                </Typography.Title>
                <Typography.Text type="secondary">{t('policies.catalogue.count', { count: group.length })}</Typography.Text>
              </Flex>
              <Row gutter={[16, 16]}>
                {group.map((policy) => (
                  <Col key={policy.id} xs={24} md={12} xxl={8}>
                    <PolicyCard policy={policy} />
                  </Col>
                ))}
              </Row>
            </section>
          );
        })
      )}
    </div>
  );
}
