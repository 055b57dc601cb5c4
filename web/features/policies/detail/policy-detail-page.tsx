import { ExperimentOutlined, FundOutlined, TeamOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useAuth } from '../../../app/auth/auth-context';
import { hasAnyPermission } from '../../../app/auth/me';
import { Permission } from '../../../app/permissions';
import { useApi } from '../../../app/use-api';
import { usePageTitle } from '../../../app/use-page-title';
import { policyPath, type PolicyDetail } from '../policies-api';
import { LegalRefText } from '../shared/legal-ref';
import { PolicyHeading } from '../shared/policy-heading';
import { VerifiedTag } from '../shared/policy-tags';
import { usePick } from '../shared/use-pick';
import { MaterialsList } from './materials-list';
import { ParametersTable } from './parameters-table';
import { RubricTable } from './rubric-table';
import { VersionTimeline } from './version-timeline';

/**
 * 政策详情 — one policy as it stands on a day (today unless ?asOf= names another): summary, legal basis, version
 * history, parameters with their dated values and references, materials and review rubric; the way to the
 * self-check, and for officers to matching and simulation.
 */
export function PolicyDetailPage() {
  const { t } = useTranslation();
  const { pick } = usePick();
  const { policyId = '' } = useParams();
  const [search] = useSearchParams();
  const asOf = search.get('asOf') ?? undefined;
  const { me } = useAuth();
  const { data: policy, error, reload } = useApi<PolicyDetail>(policyPath(policyId, asOf));
  usePageTitle(policy ? pick(policy.name) : t('policies.title'));

  if (error && !policy) return <ApiErrorResult error={error} onRetry={reload} />;
  if (!policy) return <Skeleton active paragraph={{ rows: 12 }} />;

  const selfCheckPath = `/policies/${policy.id}/self-check${asOf ? `?asOf=${asOf}` : ''}`;
  return (
    <div data-testid="policy-detail">
      <PolicyHeading
        policy={policy}
        description={policy.summary ? pick(policy.summary) : undefined}
        actions={
          <>
            {hasAnyPermission(me, [Permission.PolicyMatch]) && (
              <Link to={`/policies/matching/${policy.id}`}>
                <Button icon={<TeamOutlined />}>{t('policies.detail.toMatching')}</Button>
              </Link>
            )}
            {hasAnyPermission(me, [Permission.PolicySimulate]) && (
              <Link to={`/policies/simulation/${policy.id}`}>
                <Button icon={<FundOutlined />}>{t('policies.detail.toSimulation')}</Button>
              </Link>
            )}
            <Link to={selfCheckPath}>
              <Button type="primary" size="large" icon={<ExperimentOutlined />} data-testid="start-self-check">
                {t('policies.selfCheck')}
              </Button>
            </Link>
          </>
        }
      />
      {asOf && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('policies.detail.asOfNotice', { asOf })}
          action={<Link to={`/policies/${policy.id}`}>{t('policies.detail.backToCurrent')}</Link>}
        />
      )}
      {!policy.verified && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('policies.detail.illustrativeNotice')} data-testid="illustrative-notice" />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('policies.detail.parameters')}>
              <ParametersTable parameters={policy.parameters} />
            </Card>
            <Card title={t('policies.detail.materials')}>
              <MaterialsList materials={policy.materials} />
            </Card>
            <Card title={t('policies.detail.rubric')}>
              <RubricTable rubric={policy.rubric} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={7}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('policies.detail.legalBasis')}>
              {policy.legalBasis.length === 0 ? (
                <Typography.Text type="secondary">{t('policies.detail.noLegalBasis')}</Typography.Text>
              ) : (
                <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="legal-basis">
                  {policy.legalBasis.map((ref) => (
                    <li key={`${ref.documentId}#${ref.article ?? ''}`} style={{ marginBottom: 10 }}>
                      <LegalRefText legalRef={ref} /> <VerifiedTag verified={ref.verified} />
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            <Card title={t('policies.detail.versions')}>
              <VersionTimeline policyId={policy.id} versions={policy.versions} shown={policy.version} />
            </Card>
          </Space>
        </Col>
      </Row>
    </div>
  );
}
