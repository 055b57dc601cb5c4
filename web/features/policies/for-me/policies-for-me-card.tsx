import { ExperimentOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useApi } from '../../../app/use-api';
import type { PoliciesForMe } from '../policies-api';
import { formatYuan } from '../shared/format-value';
import { KindTag, ResultTag } from '../shared/policy-tags';
import { usePick } from '../shared/use-pick';

/** Reasons shown per policy on the card; the self-check gives the full account. */
const REASONS_SHOWN = 3;

/**
 * 您可能符合的政策 — for a signed-in enterprise: every policy its registry record qualifies or likely qualifies
 * for, with the server's plain-language reasons (in the UI language) and the way to the self-check.
 */
export function PoliciesForMeCard() {
  const { t } = useTranslation();
  const { pick, language } = usePick();
  const { data, error, reload } = useApi<PoliciesForMe>('/api/policies/for-me');

  return (
    <Card
      title={t('policies.forMe.title')}
      extra={<Link to="/policies">{t('policies.forMe.allPolicies')}</Link>}
      style={{ marginBottom: 16 }}
      data-testid="policies-for-me"
    >
      {error && !data ? (
        <ApiErrorResult error={error} onRetry={reload} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : !data.enterprise ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.forMe.noEnterprise')} />
      ) : data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.forMe.empty')} />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
            {data.enterprise.name} · {t('policies.forMe.description')}
          </Typography.Paragraph>
          <Flex vertical gap={12}>
            {data.items.map((item) => (
              <div
                key={item.policyId}
                style={{ border: '1px solid #e5e9f0', borderRadius: 8, padding: '12px 16px' }}
                data-testid={`for-me-${item.policyId}`}
              >
                <Flex justify="space-between" align="center" gap={12} wrap>
                  <Flex align="center" gap={8} wrap>
                    <Link to={`/policies/${item.policyId}`}>
                      <Typography.Text strong style={{ fontSize: 15 }}>
                        {pick(item.name)}
                      </Typography.Text>
                    </Link>
                    <KindTag kind={item.kind} />
                    <ResultTag result={item.result} />
                    {item.amount !== null && <Typography.Text strong>{formatYuan(item.amount, language)}</Typography.Text>}
                  </Flex>
                  <Link to={`/policies/${item.policyId}/self-check`}>
                    <Button size="small" icon={<ExperimentOutlined />}>
                      {t('policies.forMe.selfCheck')} <RightOutlined />
                    </Button>
                  </Link>
                </Flex>
                {item.reasons.length > 0 && (
                  <ul style={{ margin: '8px 0 0', paddingInlineStart: 18, color: 'rgba(0,0,0,0.65)' }}>
                    {item.reasons.slice(0, REASONS_SHOWN).map((reason, index) => (
                      <li key={index}>{reason}</li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </Flex>
        </>
      )}
    </Card>
  );
}
