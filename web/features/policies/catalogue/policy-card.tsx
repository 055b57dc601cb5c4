import { ExperimentOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PolicySummary } from '../policies-api';
import { IllustrativeTag, KindTag, VersionTag } from '../shared/policy-tags';
import { usePick } from '../shared/use-pick';

/** One policy of the catalogue: name, kind, version in force, whether its figures are illustrative, and the way in. */
export function PolicyCard({ policy }: { policy: PolicySummary }) {
  const { t } = useTranslation();
  const { pick } = usePick();
  return (
    <Card
      hoverable
      style={{ height: '100%' }}
      styles={{ body: { height: '100%', display: 'flex', flexDirection: 'column', gap: 10 } }}
      data-testid={`policy-card-${policy.id}`}
    >
      <Link to={`/policies/${policy.id}`} style={{ color: 'inherit' }}>
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
          {pick(policy.name)}
        </Typography.Title>
      </Link>
      <Flex gap={6} wrap>
        <KindTag kind={policy.kind} />
        <VersionTag version={policy.version} />
        {!policy.verified && <IllustrativeTag />}
      </Flex>
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }} style={{ margin: 0, flex: 1 }}>
        {policy.summary ? pick(policy.summary) : t('policies.none')}
      </Typography.Paragraph>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('policies.catalogue.parameterCount', { count: policy.parameterCount })} ·{' '}
          {t(policy.hasAmount ? 'policies.catalogue.hasAmount' : 'policies.catalogue.noAmount')}
        </Typography.Text>
        <Flex gap={8}>
          <Link to={`/policies/${policy.id}`}>
            <Button size="small">{t('policies.details')}</Button>
          </Link>
          <Link to={`/policies/${policy.id}/self-check`}>
            <Button size="small" type="primary" icon={<ExperimentOutlined />} data-testid={`self-check-${policy.id}`}>
              {t('policies.selfCheck')}
            </Button>
          </Link>
        </Flex>
      </Flex>
    </Card>
  );
}
